import { cancelWindDownMs, endOf, startOf, type Outcome, type Run } from './run';

/**
 * Where a run stands at a moment. `ending` is the wind-down before a failure or a cancellation
 * lands, which some vendors name (Velostrata `Failing`, `Cancelling`); the others show it as
 * running. A successful run has no `ending` phase.
 */
export type Phase = 'scheduled' | 'waiting' | 'running' | 'ending' | 'done';

export interface RunState {
  readonly phase: Phase;
  readonly outcome: Outcome;
  /** 0 to 100, rising with time while running; held through `ending`; 100 once succeeded. */
  readonly progress: number;
  readonly queuedAt: number;
  /** Set once the run has started. */
  readonly startedAt: number | undefined;
  /** Set once the run is done. */
  readonly endedAt: number | undefined;
}

/** The wind-down of a failing or cancelled run: a fifth of its duration, at most ten seconds. */
export function windDownMs(run: Run): number {
  if (run.cancelledAt !== undefined) return cancelWindDownMs(run);
  return run.outcome === 'success' ? 0 : Math.min(10_000, Math.floor(run.durationMs / 5));
}

/** Pure: every field a client reads is derived from this and the vendor's stored task. */
export function runStateAt(run: Run, now: number): RunState {
  const start = startOf(run);
  const end = endOf(run);
  const endingAt = end - windDownMs(run);
  const base = { outcome: run.outcome, queuedAt: run.queuedAt };
  if (now < run.queuedAt) return { ...base, phase: 'scheduled', progress: 0, startedAt: undefined, endedAt: undefined };
  if (now < start) return { ...base, phase: 'waiting', progress: 0, startedAt: undefined, endedAt: undefined };
  if (now >= end) {
    const progress = run.outcome === 'success' ? 100 : progressAt(run, endingAt);
    return { ...base, phase: 'done', progress, startedAt: start, endedAt: end };
  }
  if (now >= endingAt && run.outcome !== 'success') {
    return { ...base, phase: 'ending', progress: progressAt(run, endingAt), startedAt: start, endedAt: undefined };
  }
  return { ...base, phase: 'running', progress: progressAt(run, now), startedAt: start, endedAt: undefined };
}

function progressAt(run: Run, at: number): number {
  if (run.durationMs <= 0) return 0;
  const fraction = (at - startOf(run)) / run.durationMs;
  return Math.max(0, Math.min(99.99, fraction * 100));
}

/**
 * The next moment after `now` at which the run changes phase (Infinity once done). A view
 * that shows this run is current until then, apart from progress, which a view refreshes at
 * its own step (PROGRESS_STEP_MS).
 */
export function nextPhaseChangeAt(run: Run, now: number): number {
  const start = startOf(run);
  const end = endOf(run);
  const endingAt = end - windDownMs(run);
  for (const at of [run.queuedAt, start, endingAt, end]) if (at > now) return at;
  return Number.POSITIVE_INFINITY;
}

/** How often, in simulated ms, a view showing a running task refreshes its progress. */
export const PROGRESS_STEP_MS = 1_000;

/**
 * The next moment a view showing this run must be rebuilt: its next phase change, or the next
 * progress step while it runs.
 */
export function nextChangeAt(run: Run, now: number): number {
  const phaseChange = nextPhaseChangeAt(run, now);
  const state = runStateAt(run, now);
  if (state.phase !== 'running') return phaseChange;
  const step = now - ((now - startOf(run)) % PROGRESS_STEP_MS) + PROGRESS_STEP_MS;
  return Math.min(phaseChange, step);
}

/**
 * A cancellation asked for at `now` (Velostrata `DELETE /tasks/{id}`, the admin API): a run
 * not yet started ends at once; a running one winds down (`ending`), then is cancelled. A
 * finished run is returned unchanged.
 */
export function cancelRun(run: Run, now: number): Run {
  const state = runStateAt(run, now);
  // Done, or already winding down to its end: nothing more to cancel.
  if (state.phase === 'done' || state.phase === 'ending') return run;
  if (state.phase === 'scheduled' || state.phase === 'waiting') {
    const queuedAt = Math.min(run.queuedAt, now);
    return { ...run, queuedAt, startAfterMs: now - queuedAt, durationMs: 0, outcome: 'cancelled' };
  }
  // Winding down from now (cancelWindDownMs), progress held where it stands: the run keeps
  // its own duration, so a task cancelled at 10 % reads 10 % until it is cancelled.
  return { ...run, outcome: 'cancelled', cancelledAt: now };
}
