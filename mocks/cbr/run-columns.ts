import { windDownMs } from '../../src/state/lifecycle';
import { endOf, startOf, type Run } from '../../src/state/run';

/**
 * The moments of many runs, one typed array each: the loaded tasks still open at the data
 * set's moment (tens of thousands in a million). A view reads their phase at its `now` with
 * a few comparisons per run (phaseAt), instead of a runStateAt object per run per view: at a
 * million tasks that was most of the cost of a new view.
 */
export interface RunColumns {
  readonly queuedAt: Float64Array;
  readonly start: Float64Array;
  /** When the wind-down before a failure or cancellation begins (the end for a success). */
  readonly endingAt: Float64Array;
  readonly end: Float64Array;
  readonly success: Uint8Array;
}

export function runColumns(runs: readonly Run[]): RunColumns {
  const n = runs.length;
  const columns = { queuedAt: new Float64Array(n), start: new Float64Array(n), endingAt: new Float64Array(n), end: new Float64Array(n), success: new Uint8Array(n) };
  runs.forEach((run, i) => {
    columns.queuedAt[i] = run.queuedAt;
    columns.start[i] = startOf(run);
    columns.end[i] = endOf(run);
    columns.endingAt[i] = endOf(run) - windDownMs(run);
    columns.success[i] = run.outcome === 'success' ? 1 : 0;
  });
  return columns;
}

/** The phases as lifecycle.ts names them, by number. */
export const SCHEDULED = 0;
export const WAITING = 1;
export const RUNNING = 2;
export const ENDING = 3;
export const DONE = 4;

/** Run `i`'s phase at `now`: the same answer as runStateAt(run, now).phase (run-columns.test.ts). */
export function phaseAt(runs: RunColumns, i: number, now: number): number {
  if (now < (runs.queuedAt[i] as number)) return SCHEDULED;
  if (now < (runs.start[i] as number)) return WAITING;
  if (now >= (runs.end[i] as number)) return DONE;
  return now >= (runs.endingAt[i] as number) && runs.success[i] === 0 ? ENDING : RUNNING;
}

/** The next moment a view showing run `i` must be rebuilt: the same as nextChangeAt(run, now). */
export function nextChangeOf(runs: RunColumns, i: number, now: number, phase: number, progressStepMs: number): number {
  const queuedAt = runs.queuedAt[i] as number;
  const start = runs.start[i] as number;
  const endingAt = runs.endingAt[i] as number;
  const end = runs.end[i] as number;
  // The moments never decrease, so the first one after now is the next change of phase.
  const next = queuedAt > now ? queuedAt : start > now ? start : endingAt > now ? endingAt : end > now ? end : Number.POSITIVE_INFINITY;
  if (phase !== RUNNING) return next;
  return Math.min(next, now - ((now - start) % progressStepMs) + progressStepMs);
}
