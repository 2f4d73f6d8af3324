/**
 * The record shapes of the Snapservice task list, as `specs/snapservice.yaml` (ListItem, TaskInfo)
 * defines them: `{task, info}` items of `ListResult.items` (api-facts 3.3).
 */

/** Snapservice Tasks Status (api-facts 3.3), in the spec's order. */
export const TASK_STATUSES = ['PENDING', 'RUNNING', 'BLOCKED', 'SUCCEEDED', 'FAILED'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export function isTaskStatus(value: string): value is TaskStatus {
  return (TASK_STATUSES as readonly string[]).includes(value);
}

/** Vapi Std LocalizationParam: exactly one of `s`, `dt`, `i`, `d`, `l` carries the value. */
export interface LocalizationParam {
  readonly s?: string;
  readonly dt?: string;
  readonly i?: number;
  readonly d?: number;
  readonly l?: { readonly id: string; readonly params?: Readonly<Record<string, LocalizationParam>> };
  readonly format?: string;
  readonly precision?: number;
}

/**
 * Vapi Std LocalizableMessage. `args` (positional) and `params` (named) are alternatives: the
 * vendor's model says `args` "will be empty if the message uses named arguments" and a missing
 * `params` "means that the message template requires no arguments or positional arguments are
 * used" (vSphere Automation SDK, VapiStdLocalizableMessage). New messages use one or the other
 * (`namedMessage` for named ones); some older ones of taskmock's, like the spec's examples, still
 * send both. `localized` only when the request names a locale (localize.ts).
 */
export interface LocalizableMessage {
  readonly id: string;
  readonly default_message: string;
  readonly args: readonly string[];
  readonly params?: Readonly<Record<string, LocalizationParam>>;
  readonly localized?: string;
}

/** Vapi Std Errors Error: a FAILED task's `info.error`, and every error body of this API. */
export interface VapiError {
  readonly error_type: string;
  readonly '@class'?: string;
  readonly messages: readonly LocalizableMessage[];
  readonly data?: Readonly<Record<string, unknown>> | null;
}

/** Snapservice Tasks Progress: `total` and `completed` units of work, and what the task is doing. */
export interface Progress {
  readonly total: number;
  readonly completed: number;
  readonly message: LocalizableMessage;
}

export interface TaskInfo {
  readonly description: LocalizableMessage;
  readonly service: string;
  readonly operation: string;
  readonly parent?: string;
  readonly target?: { readonly type: string; readonly id: string };
  readonly status: TaskStatus;
  readonly cancelable: boolean;
  readonly error?: VapiError;
  readonly start_time?: string;
  readonly end_time?: string;
  readonly user?: string;
  readonly vc_task?: string;
  readonly progress?: Progress;
  readonly result?: unknown;
}

export interface ListItem {
  readonly task: string;
  readonly info: TaskInfo;
}

/** A LocalizableMessage; `args` default to none (the vAPI rendering always sends the array). */
export function vapiMessage(
  id: string,
  defaultMessage: string,
  args: readonly string[] = [],
  params?: Readonly<Record<string, LocalizationParam>>,
): LocalizableMessage {
  return params ? { id, default_message: defaultMessage, args, params } : { id, default_message: defaultMessage, args };
}

/** A message with named arguments only, so `args` is empty (see LocalizableMessage). */
export function namedMessage(id: string, defaultMessage: string, params: Readonly<Record<string, LocalizationParam>>): LocalizableMessage {
  return { id, default_message: defaultMessage, args: [], params };
}
