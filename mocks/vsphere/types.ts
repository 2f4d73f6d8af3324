/**
 * The platform's task record (seed 000 "List 对象") and the govmomi v0.26 `types.TaskInfo` it
 * wraps, as encoding/json writes it without JSON tags: Go field names in struct order, every
 * field present, `null` for nil pointers, slices and interfaces (api-facts 1.5; spec TaskItem).
 */
export interface MoRef {
  readonly Type: string;
  readonly Value: string;
}

export interface LocalizableMessage {
  readonly Key: string;
  readonly Arg: readonly { readonly Key: string; readonly Value: unknown }[] | null;
  readonly Message: string;
}

/** LocalizedMethodFault: the concrete fault's own fields sit inline beside FaultCause/FaultMessage. */
export interface LocalizedMethodFault {
  readonly Fault: {
    readonly FaultCause: LocalizedMethodFault | null;
    readonly FaultMessage: readonly LocalizableMessage[] | null;
    readonly [field: string]: unknown;
  };
  readonly LocalizedMessage: string;
}

/** BaseTaskReason serialised as its concrete struct, with no type tag (api-facts 1.5). */
export type TaskReason =
  | { readonly UserName: string }
  | { readonly Name: string; readonly ScheduledTask: MoRef }
  | { readonly AlarmName: string; readonly Alarm: MoRef; readonly EntityName: string; readonly Entity: MoRef }
  | Readonly<Record<string, never>>;

export type TaskState = 'queued' | 'running' | 'success' | 'error';

export interface TaskInfo {
  readonly Key: string;
  readonly Task: MoRef;
  readonly Description: LocalizableMessage | null;
  readonly Name: string;
  readonly DescriptionId: string;
  readonly Entity: MoRef | null;
  readonly EntityName: string;
  readonly Locked: readonly MoRef[] | null;
  readonly State: TaskState;
  readonly Cancelled: boolean;
  readonly Cancelable: boolean;
  readonly Error: LocalizedMethodFault | null;
  readonly Result: unknown;
  readonly Progress: number;
  readonly Reason: TaskReason;
  readonly QueueTime: string;
  readonly StartTime: string | null;
  readonly CompleteTime: string | null;
  readonly EventChainId: number;
  readonly ChangeTag: string;
  readonly ParentTaskKey: string;
  readonly RootTaskKey: string;
  readonly ActivationId: string;
}

/** The wrapper: each field derives from `task` as api-facts 1.4 says (to-task-item.ts). */
export interface TaskItem {
  readonly key: string;
  readonly task_reference: string;
  readonly name: string;
  readonly entity: string;
  readonly target: string;
  readonly status: TaskState;
  readonly progress: number;
  readonly detail: string;
  readonly user: string;
  readonly create_time: number;
  readonly start_time: number;
  readonly finish_time: number;
  readonly message: string;
  readonly task: TaskInfo;
}

/** govmomi `ManagedObjectReference.String()`: `Type:Value` (vim25/types/helpers.go). */
export function refString(ref: MoRef): string {
  return `${ref.Type}:${ref.Value}`;
}

/** The reverse: `Type:Value` to a MoRef (the inventory's and the wrapper's `entity` form). */
export function toRef(ref: string): MoRef {
  const colon = ref.indexOf(':');
  return { Type: ref.slice(0, colon), Value: ref.slice(colon + 1) };
}

/** The number of a task key ("task-3074" → 3074): keys order numerically, not as text. */
export function keyNumber(key: string): number {
  const n = Number(key.slice(key.lastIndexOf('-') + 1));
  return Number.isFinite(n) ? n : 0;
}
