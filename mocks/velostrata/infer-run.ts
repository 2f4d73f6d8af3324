import { windDownMs } from '../../src/state/lifecycle';
import type { Outcome, Run } from '../../src/state/run';
import { renderTask } from './render-task';
import { typicalDurationMs } from './typical-duration';
import type { TaskDescription } from './task-description';
import { errorOfTask } from './task-error';

/** A loaded task at progress 0 has not begun its work: it starts this long after the data set's moment. */
export const START_DELAY_MS = 5_000;

/**
 * The run of a loaded task that is still at work at `loadedAt` (the data set's `now`), from
 * its own fields, so that under `taskmock serve` it progresses and finishes:
 * - `Running` at progress p > 0: running since its `startTime`, for a duration that puts it at
 *   p at `loadedAt`; it then succeeds.
 * - `Running` at progress 0: visible since its `startTime`, not yet at work (the waiting phase,
 *   which Velostrata shows as `Running` at 0); it starts START_DELAY_MS after `loadedAt` and
 *   runs the typical time of its type.
 * - `Failing` / `Cancelling`: winding down at `loadedAt` (half its wind-down left), then
 *   `Failed` (with the record's own error texts) / `Cancelled`.
 * A finished task, one without a usable `startTime`, or one whose run would not render as
 * the record at `loadedAt` (state and progress) gets none: it is served as stored.
 */
export function inferRun(task: TaskDescription, loadedAt: number): Run | undefined {
  const start = task.startTime === undefined ? Number.NaN : Date.parse(task.startTime);
  if (!Number.isFinite(start) || start > loadedAt) return undefined;
  const run = runFor(task, start, loadedAt);
  if (run === undefined) return undefined;
  return renderTask({ id: '', tenant: '', task, run }, loadedAt) === task ? run : undefined;
}

function runFor(task: TaskDescription, start: number, loadedAt: number): Run | undefined {
  const elapsed = loadedAt - start;
  const progress = task.progress ?? 0;
  switch (task.state) {
    case 'Running':
      if (progress <= 0) return { queuedAt: start, startAfterMs: elapsed + START_DELAY_MS, durationMs: typicalDurationMs(task.taskType), outcome: 'success' };
      return { queuedAt: start, startAfterMs: 0, durationMs: Math.round((elapsed * 100) / (progress + 0.5)), outcome: 'success' };
    case 'Failing': {
      const error = errorOfTask(task);
      return error === undefined ? windingDown(start, elapsed, 'failure') : { ...windingDown(start, elapsed, 'failure'), error };
    }
    case 'Cancelling':
      return windingDown(start, elapsed, 'cancelled');
    default:
      return undefined;
  }
}

/** Ends half a wind-down after `loadedAt`, so `loadedAt` falls inside the wind-down (the `ending` phase). */
function windingDown(start: number, elapsed: number, outcome: Outcome): Run {
  const left = Math.max(1, Math.floor(windDownMs({ queuedAt: start, startAfterMs: 0, durationMs: elapsed, outcome }) / 2));
  return { queuedAt: start, startAfterMs: 0, durationMs: elapsed + left, outcome };
}
