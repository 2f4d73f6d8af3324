import { PROGRESS_STEP_MS, runStateAt, type RunState } from '../../src/state/lifecycle';
import type { Run } from '../../src/state/run';
import type { StoredTask } from '../../src/state/stored-task';
import { blockedProgress } from './generate/progress-of';
import { findKind } from './generate/task-kinds';
import { vapiMessage, type ListItem, type Progress, type TaskInfo, type VapiError } from './list-item';
import { CANCELED_ERROR, GENERIC_TASK_ERROR } from './run-errors';

/** Every field the run decides; the stored task's own values of them are replaced. */
type RunFields = Pick<TaskInfo, 'status' | 'cancelable' | 'error' | 'start_time' | 'end_time' | 'progress' | 'result'> & { last_update_time?: string };

const RUN_KEYS: ReadonlySet<string> = new Set(['status', 'cancelable', 'error', 'start_time', 'end_time', 'progress', 'result', 'last_update_time']);

/** The field order of the vAPI rendering, as the generator writes it (generate/to-list-item.ts). */
const KEY_ORDER = ['description', 'service', 'operation', 'parent', 'target', 'status', 'cancelable', 'error', 'start_time', 'end_time', 'user', 'vc_task', 'progress', 'result'];

/**
 * The task as `GET /api/snapservice/tasks[/{task}]` shows it at `now` (decisions.md, the admin
 * API table): waiting is PENDING, running RUNNING with `progress`, success SUCCEEDED, failure
 * FAILED with `error`, cancelled FAILED with the canceled error. `start_time` once started,
 * `end_time` once done, `error` only when FAILED, `progress` except while PENDING (api-facts 3.3).
 * A stored task without a run is shown as stored.
 */
export function renderTask(stored: StoredTask, now: number): ListItem {
  const item = stored.task as ListItem;
  if (stored.run === undefined) return item;
  const fields = runFields(item.info, stored.run, runStateAt(stored.run, now), now);
  const kept = Object.entries(item.info).filter(([key]) => !RUN_KEYS.has(key));
  return { task: item.task, info: inOrder({ ...Object.fromEntries(kept), ...fields }) };
}

function runFields(info: TaskInfo, run: Run, state: RunState, now: number): RunFields {
  const prefix = `${info.service}.${info.operation}`;
  // As the generator decides: a delete cannot be undone half-way; anything else in flight can be
  // cancelled, until a cancel is asked for (vAPI: "the value may change as the operation progresses").
  const cancelable = info.operation !== 'delete';
  // A task the stored record shows BLOCKED ("waiting for resources", api-facts 3.3) started at
  // `queuedAt` and waits to go on: its waiting phase is BLOCKED, not PENDING, and it keeps that start.
  const blocked = info.status === 'BLOCKED';
  const startedAt = blocked ? state.queuedAt : state.startedAt;
  const started = startedAt === undefined ? {} : { start_time: iso(startedAt) };
  const completed = Math.round(state.progress);
  const partial = completed > 0 && findKind(info.service, info.operation)?.partialResult !== undefined && info.result !== undefined ? { result: info.result } : {};
  switch (state.phase) {
    case 'scheduled':
    case 'waiting':
      if (blocked) return { status: 'BLOCKED', cancelable, ...started, progress: blockedProgress(new Date(state.queuedAt)), ...updated(info, state.queuedAt) };
      return { status: 'PENDING', cancelable, ...updated(info, state.queuedAt) };
    case 'running':
    case 'ending': {
      // Progress rises with the clock; a visible step is at most 99 while the task still runs.
      const percent = Math.min(99, completed);
      const asked = state.phase === 'ending' && state.outcome === 'cancelled';
      const progress: Progress = {
        total: 100,
        completed: percent,
        message: vapiMessage(`${prefix}.running`, `In progress: ${percent}% done.`, [String(percent)], { percent: { i: percent } }),
      };
      const sinceStep = (now - (startedAt ?? now)) % PROGRESS_STEP_MS;
      return { status: 'RUNNING', cancelable: cancelable && !asked, ...started, progress, ...partial, ...updated(info, now - sinceStep) };
    }
    case 'done': {
      // Cancelled before it started: it never ran, so no start_time (api-facts 3.3).
      const neverRan = !blocked && state.outcome === 'cancelled' && run.durationMs === 0;
      return doneFields(info, run, { ...state, startedAt: neverRan ? undefined : startedAt }, prefix, partial);
    }
  }
}

function doneFields(info: TaskInfo, run: Run, state: RunState, prefix: string, partial: { result?: unknown }): RunFields {
  const endedAt = state.endedAt ?? state.queuedAt;
  const times = { ...(state.startedAt === undefined ? {} : { start_time: iso(state.startedAt) }), end_time: iso(endedAt), ...updated(info, endedAt) };
  if (state.outcome === 'success') {
    const done = vapiMessage(`${prefix}.done`, 'Completed.');
    return { status: 'SUCCEEDED', cancelable: false, ...times, progress: { total: 100, completed: 100, message: done }, ...resultOf(info) };
  }
  const completed = Math.round(state.progress);
  if (state.outcome === 'cancelled') {
    const message = vapiMessage(`${prefix}.canceled`, 'The operation was canceled.');
    return { status: 'FAILED', cancelable: false, error: runError(run) ?? CANCELED_ERROR, ...times, progress: { total: 100, completed, message }, ...partial };
  }
  const error = runError(run) ?? info.error ?? GENERIC_TASK_ERROR;
  const message = vapiMessage(`${prefix}.failed`, 'The operation failed.');
  return { status: 'FAILED', cancelable: false, error, ...times, progress: { total: 100, completed, message }, ...partial };
}

/**
 * The run's own error when it has the vAPI error's shape (`error_type` and `messages`); the task
 * model stores it in the task too (complete-task.ts), where the one writer validates it.
 */
function runError(run: Run): VapiError | undefined {
  const error = run.error as Partial<VapiError> | undefined;
  return typeof error === 'object' && error !== null && typeof error.error_type === 'string' && Array.isArray(error.messages) ? (error as VapiError) : undefined;
}

/** A SUCCEEDED task's result: the stored one, if any ("missing if the operation returns no result", api-facts 3.3). */
function resultOf(info: TaskInfo): { result?: unknown } {
  return info.result === undefined ? {} : { result: info.result };
}

/**
 * `last_update_time` (genuine 8.0.3 bodies carry it, api-facts 7): follows the run when the
 * stored task has one; the generated data set has none, so it is never added.
 */
function updated(info: TaskInfo, at: number): { last_update_time?: string } {
  return 'last_update_time' in info ? { last_update_time: iso(at) } : {};
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** The fields in the vAPI rendering's order (others after), unset ones left out (never null). */
function inOrder(fields: Record<string, unknown>): TaskInfo {
  const out: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (fields[key] !== undefined) out[key] = fields[key];
  for (const [key, value] of Object.entries(fields)) if (!(key in out) && value !== undefined) out[key] = value;
  return out as unknown as TaskInfo;
}
