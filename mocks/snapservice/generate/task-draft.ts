import type { Rng } from '../../../src/runtime/rng';
import { FAILURES, GENERIC_FAILURE } from './failures';
import type { Failure } from './task-failure';
import type { TaskStatus } from '../list-item';
import { USERS, uuid, type Subject } from './subject';
import type { TaskKind } from './task-kinds';

/** A generated task before it is rendered as a `{task, info}` item. */
export interface TaskDraft {
  readonly id: string;
  readonly kind: TaskKind;
  readonly subject: Subject;
  readonly status: TaskStatus;
  /** Epoch ms; undefined while PENDING (api-facts 3.3: start_time set once the task runs). */
  readonly start: number | undefined;
  /** Epoch ms; only SUCCEEDED and FAILED tasks end. */
  readonly end: number | undefined;
  readonly user: string | undefined;
  readonly parent?: TaskDraft;
  readonly failure?: Failure;
  /** Epoch ms of the schedule slot (on the hour) of a task a schedule started; see TaskRun. */
  readonly scheduledAt?: number;
  vcTask?: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const HISTORY_MS = 30 * DAY;

/** taskmock's task identifiers: `<uuid>:com.vmware.snapservice` (spec info; format UNCONFIRMED). */
export function taskId(rng: Rng): string {
  return `${uuid(rng)}:com.vmware.snapservice`;
}

/**
 * A task of its own: in flight when `active` says so (started in the last 20 minutes, or not yet
 * for PENDING), else finished some time in the last 30 days.
 */
export function freshDraft(rng: Rng, kind: TaskKind, subject: Subject, now: number, active?: TaskStatus): TaskDraft {
  const id = taskId(rng);
  const user = rng.next() < kind.userRate ? rng.pick(USERS) : undefined;
  const duration = Math.round((kind.seconds[0] + rng.next() * (kind.seconds[1] - kind.seconds[0])) * 1000);
  const scheduled = kind.hourly === true && user === undefined;
  if (active) {
    const start = active === 'PENDING' ? undefined : now - 1000 - rng.int(20 * MINUTE);
    return { id, kind, subject, status: active, start, end: undefined, user, ...slotOf(scheduled, start ?? now) };
  }
  const failed = rng.next() < kind.failRate;
  let start = now - duration - 1000 - rng.int(HISTORY_MS);
  // Scheduled snapshots (no user) start on the hour, as a protection group's schedule runs them.
  if (scheduled) start = Math.floor(start / HOUR) * HOUR + rng.int(1000);
  const end = start + (failed ? Math.max(300, Math.round(duration * (0.1 + 0.8 * rng.next()))) : duration);
  return { id, kind, subject, status: failed ? 'FAILED' : 'SUCCEEDED', start, end, user, ...slotOf(scheduled, start), ...failureOf(rng, kind, failed) };
}

/** The hourly slot a scheduled task belongs to: the hour it started in (or, not started yet, the current one). */
function slotOf(scheduled: boolean, at: number): { scheduledAt?: number } {
  return scheduled ? { scheduledAt: Math.floor(at / HOUR) * HOUR } : {};
}

/**
 * A per-VM snapshot task under a protection group's snapshot (`parent`, as the spec's
 * MixedStatusTasks example): it runs inside its parent's time span and follows its state.
 */
export function childDraft(rng: Rng, kind: TaskKind, parent: TaskDraft, subject: Subject, now: number): TaskDraft {
  const base = { id: taskId(rng), kind, subject, user: parent.user, parent };
  if (parent.start === undefined) return { ...base, status: 'PENDING', start: undefined, end: undefined };
  if (parent.end === undefined) {
    const status = rng.pick<TaskStatus>(['RUNNING', 'RUNNING', 'BLOCKED', 'PENDING']);
    const start = status === 'PENDING' ? undefined : Math.min(parent.start + 200 + rng.int(5000), now - 500);
    return { ...base, status, start, end: undefined };
  }
  const span = parent.end - parent.start;
  const start = parent.start + Math.round(span * (0.05 + 0.25 * rng.next()));
  const end = start + Math.round((parent.end - start) * (0.5 + 0.45 * rng.next()));
  const failed = parent.status === 'FAILED' && rng.next() < 0.5;
  return { ...base, status: failed ? 'FAILED' : 'SUCCEEDED', start, end, ...failureOf(rng, kind, failed) };
}

function failureOf(rng: Rng, kind: TaskKind, failed: boolean): { failure?: Failure } {
  if (!failed) return {};
  return { failure: rng.pick(FAILURES[`${kind.service}/${kind.operation}`] ?? [GENERIC_FAILURE]) };
}
