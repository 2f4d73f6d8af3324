import { runStateAt, type RunState } from '../../src/state/lifecycle';
import type { Run } from '../../src/state/run';
import { formatCbrTimestamp, parseCbrTimestamp, type TimestampStyle } from './cbr-time';
import type { OperationLog } from './operation-log';
import { asErrorInfo, CANCELLED, defaultFailure, NO_ERROR } from './task-errors';
import type { TaskStatus } from './vocabulary';

/**
 * A task with a run as CBR shows it at `now` (decisions.md, the admin API's table): waiting →
 * `waiting`; running, and the wind-down before a failure or cancellation, → `running` with
 * `extra_info.common.progress` rising; done → `success`, or `failed` with `error_info` (the
 * run's error, else one of CBR's codes for the task's type; a cancellation is `failed` too,
 * task-errors.ts). A pure function of the stored task, the run and `now`; the rest of the task
 * is served as stored. A field whose instant is what the stored task says keeps its stored
 * text, so a loaded task renders at the data set's moment exactly as its record reads.
 */
export function renderOperationLog(task: OperationLog, run: Run, now: number): OperationLog {
  const state = runStateAt(run, now);
  const status = statusAt(state);
  const style = styleOf(task.created_at);
  const time = (stored: string | null | undefined, ms: number): string =>
    typeof stored === 'string' && parseCbrTimestamp(stored) === ms ? stored : formatCbrTimestamp(ms, style);
  const storedUpdate = parseCbrTimestamp(task.updated_at);
  const changed: Partial<OperationLog> = { status, error_info: errorInfo(task, run, state) };
  // Waiting tasks show the time they were queued as `started_at` (the generator's and the
  // seed example's waiting tasks do); it becomes the start once the run starts.
  if (state.startedAt !== undefined) changed.started_at = time(task.started_at, state.startedAt);
  // `updated_at` moves at each change of phase, never back before what the record says.
  const phaseAt = state.endedAt ?? state.startedAt;
  if (phaseAt !== undefined) changed.updated_at = time(task.updated_at, Number.isNaN(storedUpdate) ? phaseAt : Math.max(storedUpdate, phaseAt));
  // No end while waiting or running: absent, or null where the record had one (both genuine).
  const endedAt = state.endedAt === undefined ? (task.ended_at === undefined ? undefined : null) : time(task.ended_at, state.endedAt);
  if (task.extra_info) changed.extra_info = { ...task.extra_info, common: { ...task.extra_info.common, progress: Math.floor(state.progress) } };
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(task)) {
    if (key === 'ended_at') {
      if (endedAt !== undefined) out[key] = endedAt;
      continue;
    }
    out[key] = key in changed ? changed[key as keyof OperationLog] : task[key as keyof OperationLog];
    // A record written before its end has no `ended_at` key: it goes after `started_at`, in the spec's order.
    if (key === 'started_at' && task.ended_at === undefined && endedAt !== undefined) out['ended_at'] = endedAt;
  }
  return out as unknown as OperationLog;
}

/** CBR's word for a phase (decisions.md): the wind-down before a failure shows as running. */
export function statusAt(state: RunState): TaskStatus {
  if (state.phase === 'scheduled' || state.phase === 'waiting') return 'waiting';
  if (state.phase !== 'done') return 'running';
  return state.outcome === 'success' ? 'success' : 'failed';
}

function errorInfo(task: OperationLog, run: Run, state: RunState): OperationLog['error_info'] {
  if (state.phase !== 'done' || state.outcome === 'success') return { ...NO_ERROR };
  const given = asErrorInfo(run.error);
  if (given) return given;
  return state.outcome === 'cancelled' ? { ...CANCELLED } : { ...defaultFailure(task.operation_type, task.id) };
}

/** The timestamp form a task's record uses (cbr-time.ts): times it gains are written the same way. */
export function styleOf(text: string): TimestampStyle {
  if (text.endsWith('Z')) return 'zulu';
  return /[+-]\d\d:?\d\d$/.test(text) ? 'offset' : 'naive';
}
