import { runStateAt, type RunState } from '../../src/state/lifecycle';
import { endOf, startOf, type Run } from '../../src/state/run';
import type { StoredTask } from '../../src/state/stored-task';
import { toGoTime } from './go-time';
import { CANCELED_FAULT, failureFor, ownFault, resultFor, runningDetailOf } from './outcome-fields';
import { toTaskItem } from './to-task-item';
import type { TaskInfo, TaskItem } from './types';

/**
 * A stored task as the platform lists it at `now` (decisions.md, "The admin API": waiting
 * `queued`, running `running` with `Progress`, then `success`, `error` with `Error`, or
 * `error` with `Cancelled: true`). A task without a run is served as stored. The TaskInfo's
 * phase fields follow govmomi's task lifecycle (vcsim task.go, api-facts 1.6); the wrapper is
 * derived from it as api-facts 1.4 says (to-task-item.ts). Pure: the run and `now` decide.
 */
export function renderTask(stored: StoredTask, now: number): TaskItem {
  const item = stored.task as TaskItem;
  if (stored.run === undefined) return item;
  const info = item.task;
  const shown: TaskInfo = { ...info, ...phaseFields(info, stored.run, runStateAt(stored.run, now)) };
  const derived = toTaskItem(shown, item.name);
  // Only what the phase changes is derived again (api-facts 1.4); the rest of the wrapper is
  // the record's own, so a record made by other means (a fuzzed data set) stays as valid as it
  // was loaded, and a loaded task renders at load exactly as its record.
  return {
    ...item,
    status: derived.status,
    progress: derived.progress,
    detail: shown.Description === info.Description ? item.detail : derived.detail,
    create_time: shown.QueueTime === info.QueueTime ? item.create_time : derived.create_time,
    start_time: shown.StartTime === info.StartTime ? item.start_time : derived.start_time,
    finish_time: shown.CompleteTime === info.CompleteTime ? item.finish_time : derived.finish_time,
    message: shown.Error === info.Error ? item.message : derived.message,
    task: shown,
  };
}

type PhaseFields = Pick<TaskInfo, 'State' | 'Progress' | 'QueueTime' | 'StartTime' | 'CompleteTime' | 'Cancelled' | 'Error' | 'Result' | 'Description' | 'Locked'>;

function phaseFields(info: TaskInfo, run: Run, state: RunState): PhaseFields {
  const queueTime = timeText(info.QueueTime, run.queuedAt);
  // Description ("the current phase of operation") and Locked ("while the task is running")
  // are a running task's only (vim API reference TaskInfo; seed 000's finished tasks carry
  // null): its stored ones, else its kind's (generate/running-detail.ts, drawn from its key).
  const idle = { QueueTime: queueTime, Cancelled: false, Error: null, Result: null, Description: null, Locked: null, CompleteTime: null };
  if (state.phase === 'scheduled' || state.phase === 'waiting') {
    return { ...idle, State: 'queued', Progress: 0, StartTime: null };
  }
  const startTime = timeText(info.StartTime, startOf(run));
  if (state.phase === 'running' || state.phase === 'ending') {
    // vSphere has no wind-down state: a failing or cancelled task shows `running`, its
    // progress held, until it lands (decisions.md table). Progress is an int32 (spec).
    const detail = runningDetailOf(info);
    return { ...idle, State: 'running', Progress: Math.floor(state.progress), StartTime: startTime, Description: info.Description ?? detail.description, Locked: info.Locked ?? detail.locked };
  }
  // vSphere sets Progress only while a task runs: a finished task shows 0, as every finished record of seed 000 does (api-facts 1.4).
  const done = { ...idle, Progress: 0, StartTime: neverRan(run) ? null : startTime, CompleteTime: timeText(info.CompleteTime, endOf(run)) };
  if (run.outcome === 'success') return { ...done, State: 'success', Result: resultFor(info) };
  if (run.outcome === 'failure') return { ...done, State: 'error', Error: ownFault(run.error) ?? failureFor(info) };
  // CancelTask: state error, cancelled true, RequestCanceled (vcsim task.go; api-facts 1.5).
  return { ...done, State: 'error', Cancelled: true, Error: ownFault(run.error) ?? CANCELED_FAULT };
}

/** A task cancelled while queued never started: vCenter leaves its StartTime unset. */
function neverRan(run: Run): boolean {
  return run.outcome === 'cancelled' && run.durationMs === 0;
}

/**
 * The stored time text when it is this moment (it keeps vCenter's microseconds, so a loaded
 * task renders exactly as its record), else Go's form of the moment (go-time.ts).
 */
function timeText(stored: string | null, ms: number): string {
  return stored !== null && Date.parse(stored) === ms ? stored : toGoTime(ms);
}
