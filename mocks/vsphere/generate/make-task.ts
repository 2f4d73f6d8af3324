import type { Rng } from '../../../src/runtime/rng';
import { toGoTime } from '../go-time';
import type { InventoryNode } from '../inventory-tree';
import { runningDetail } from './running-detail';
import type { ReasonKind, TaskKind } from './task-catalogue';
import { CANCELLED, makeFault, type FaultName } from './task-faults';
import type { Slot } from './timeline';
import { toTaskItem } from '../to-task-item';
import { toRef, type LocalizedMethodFault, type MoRef, type TaskInfo, type TaskItem, type TaskReason, type TaskState } from '../types';

export interface TaskPlan {
  readonly slot: Slot;
  readonly kind: TaskKind;
  readonly entity: InventoryNode;
  /** TaskInfo.EventChainId for this queue time (generate.ts interpolates the documents' ids). */
  readonly eventChainId: number;
  /** A finished task that must fail with this fault (recent-scene.ts); otherwise its fate is drawn. */
  readonly fault?: FaultName;
  /** Who must have started it (recent-scene.ts); otherwise drawn from the kind's reasons. */
  readonly reason?: ReasonKind;
}

/** vCenter users of the demo: the seed's administrator most of the time. */
const USERS = ['VSPHERE.LOCAL\\Administrator', 'VSPHERE.LOCAL\\Administrator', 'VSPHERE.LOCAL\\Administrator', 'VSPHERE.LOCAL\\ops-admin', 'CORP\\zhang.wei', 'CORP\\li.na'];
/** vCenter's default alarms whose actions may start a task (spec example: host-9's voltage alarm). */
const HOST_ALARMS: readonly (readonly [string, string])[] = [['Host hardware voltage', 'alarm-11'], ['Host connection and power state', 'alarm-1']];
const VM_ALARMS: readonly (readonly [string, string])[] = [['Virtual machine CPU usage', 'alarm-6'], ['Virtual machine memory usage', 'alarm-7']];
/** Names of the demo's scheduled tasks (TaskReasonSchedule.Name is the scheduled task's name). */
const SCHEDULES: Readonly<Record<string, string>> = {
  'VirtualMachine.createSnapshot': 'Daily snapshot',
  'VirtualMachine.powerOn': 'Morning power on',
  'vm.Snapshot.remove': 'Snapshot cleanup',
};
/** The demo's datastores a fault may name (inventory-tree.ts). */
export const DATASTORES = ['datastore1', 'datastore1 (1)', 'SAN-LUN01'];

/** One finished, failed, cancelled, queued or running task, as the platform lists it. */
export function makeTask(rng: Rng, plan: TaskPlan): TaskItem {
  const { slot, kind, entity, fault } = plan;
  const state = slot.state ?? (fault === undefined ? finalState(rng, kind) : 'error');
  const cancelled = state === 'error' && fault === undefined && kind.cancelable && (kind.faults.length === 0 || rng.next() < 0.35);
  const startMs = state === 'queued' ? null : slot.queueMs + startDelay(rng, kind);
  const completeMs = startMs === null || state === 'running' ? null : finishTime(rng, kind, startMs, state, slot.doneByMs);
  const ref = toRef(entity.ref);
  const running = state === 'running' ? runningDetail(kind.descriptionId, entity, (items) => rng.pick(items)) : undefined;
  const task: TaskInfo = {
    Key: `task-${slot.key}`,
    Task: { Type: 'Task', Value: `task-${slot.key}` },
    Description: running?.description ?? null,
    Name: kind.method,
    DescriptionId: kind.descriptionId,
    Entity: ref,
    EntityName: entity.name,
    Locked: running?.locked ?? null,
    State: state,
    Cancelled: cancelled,
    Cancelable: kind.cancelable,
    Error: state === 'error' ? (cancelled ? CANCELLED : failure(rng, fault ?? rng.pick(kind.faults), entity, slot.key)) : null,
    Result: state === 'success' ? resultOf(kind, slot.key) : null,
    Progress: state === 'running' ? 1 + rng.int(99) : 0,
    Reason: reason(rng, kind, entity, ref, plan.reason),
    QueueTime: toGoTime(slot.queueMs, rng.int(1000)),
    StartTime: startMs === null ? null : toGoTime(startMs, rng.int(1000)),
    CompleteTime: completeMs === null ? null : toGoTime(completeMs, rng.int(1000)),
    EventChainId: plan.eventChainId,
    ChangeTag: '',
    ParentTaskKey: '',
    RootTaskKey: '',
    ActivationId: '',
  };
  return toTaskItem(task, kind.label);
}

/** Most tasks succeed; about one in ten fails (a fault of its kind, or a user's cancel). */
function finalState(rng: Rng, kind: TaskKind): TaskState {
  const canFail = kind.faults.length > 0 || kind.cancelable;
  return canFail && rng.next() < 0.1 ? 'error' : 'success';
}

/** vCenter starts a task a few milliseconds after queueing it; the scheduled scan waits about a second (seed task-3276). */
export function startDelay(rng: Rng, kind: TaskKind): number {
  return kind.reasons[0] === 'schedule' ? 500 + rng.int(1000) : 3 + rng.int(12);
}

function finishTime(rng: Rng, kind: TaskKind, startMs: number, state: TaskState, doneByMs: number | undefined): number {
  const [min, max] = kind.seconds;
  const full = min * Math.pow(max / min, rng.next()) * 1000;
  const ms = Math.round(state === 'error' ? full * (0.02 + 0.5 * rng.next()) : full);
  return doneByMs === undefined ? startMs + ms : Math.min(startMs + ms, Math.max(startMs + 1, doneByMs));
}

function failure(rng: Rng, name: FaultName, entity: InventoryNode, key: number): LocalizedMethodFault {
  const pick = <T>(items: readonly T[]): T => rng.pick(items);
  return makeFault(name, { entityName: entity.name, datastore: rng.pick(DATASTORES), taskNumber: key, pick });
}

/** A snapshot or VM takes the next id of vCenter's counter, which task keys share. */
export function resultOf(kind: TaskKind, key: number): MoRef | null {
  if (kind.result === 'snapshot') return { Type: 'VirtualMachineSnapshot', Value: `snapshot-${key}` };
  if (kind.result === 'vm') return { Type: 'VirtualMachine', Value: `vm-${key + 1}` };
  return null;
}

function reason(rng: Rng, kind: TaskKind, entity: InventoryNode, ref: MoRef, cast: ReasonKind | undefined): TaskReason {
  switch (cast ?? drawReason(rng, kind)) {
    case 'user':
      return { UserName: rng.pick(USERS) };
    case 'system':
      return {};
    case 'schedule':
      return kind.method === ''
        ? { Name: 'VMware vSphere Update Manager Check Notification', ScheduledTask: { Type: 'ScheduledTask', Value: 'schedule-2' } }
        : { Name: `${SCHEDULES[kind.descriptionId] ?? 'Scheduled task'} - ${entity.name}`, ScheduledTask: { Type: 'ScheduledTask', Value: `schedule-${30 + (hash(entity.ref) % 40)}` } };
    case 'alarm': {
      const [name, id] = rng.pick(ref.Type === 'HostSystem' ? HOST_ALARMS : VM_ALARMS);
      return { AlarmName: name, Alarm: { Type: 'Alarm', Value: id }, EntityName: entity.name, Entity: ref };
    }
  }
}

function drawReason(rng: Rng, kind: TaskKind): ReasonKind {
  const others = kind.reasons.filter((r) => r !== 'user');
  /** vCenter reconnects a host by itself after it drops (TaskReasonSystem) about as often as an admin does. */
  const userShare = others.includes('system') ? 0.5 : 0.85;
  return kind.reasons.includes('user') && (others.length === 0 || rng.next() < userShare) ? 'user' : rng.pick(others);
}

/** A stable number from a text (a schedule id per entity; render's fault details per task key). */
export function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i += 1) h = (h * 31 + text.charCodeAt(i)) >>> 0;
  return h;
}
