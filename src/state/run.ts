/**
 * How a task lives on the simulated clock (decisions.md, "The admin API"): visible from
 * `queuedAt`, waiting `startAfterMs`, running `durationMs`, then ending in its `outcome`.
 * The same model serves all five APIs; each vendor only names the phases in its own words.
 */
export const OUTCOMES = ['success', 'failure', 'cancelled'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface Run {
  /** Epoch ms from which the task is visible. */
  readonly queuedAt: number;
  readonly startAfterMs: number;
  readonly durationMs: number;
  readonly outcome: Outcome;
  /** The vendor's own error object for a failure (or a cancellation, where the vendor has one). */
  readonly error?: unknown;
  /**
   * Epoch ms a cancellation was asked for while the task ran (cancelRun): it winds down from
   * there and ends cancelled, its progress held where it stood on the run's own duration.
   */
  readonly cancelledAt?: number;
}

/** A Run as the admin API and the state file carry it: times as ISO text. */
export interface RunJson {
  readonly queuedAt: string;
  readonly startAfterMs: number;
  readonly durationMs: number;
  readonly outcome: Outcome;
  readonly error?: unknown;
  readonly cancelledAt?: string;
}

export const DEFAULT_DURATION_MS = 60_000;

/** Epoch ms the clock and every API can render: years 1970 to 9999 (ISO text with four-digit years). */
export const EARLIEST_MS = 0;
export const LATEST_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

export function isRenderableTime(ms: number): boolean {
  return Number.isFinite(ms) && ms >= EARLIEST_MS && ms <= LATEST_MS;
}

export function runToJson(run: Run): RunJson {
  const json: RunJson = {
    queuedAt: new Date(run.queuedAt).toISOString(),
    startAfterMs: run.startAfterMs,
    durationMs: run.durationMs,
    outcome: run.outcome,
  };
  const withError = run.error === undefined ? json : { ...json, error: run.error };
  return run.cancelledAt === undefined ? withError : { ...withError, cancelledAt: new Date(run.cancelledAt).toISOString() };
}

export function runFromJson(json: RunJson): Run {
  const run: Run = { queuedAt: Date.parse(json.queuedAt), startAfterMs: json.startAfterMs, durationMs: json.durationMs, outcome: json.outcome };
  const withError = json.error === undefined ? run : { ...run, error: json.error };
  return json.cancelledAt === undefined ? withError : { ...withError, cancelledAt: Date.parse(json.cancelledAt) };
}

/** When the task starts running and when it ends, epoch ms. */
export function startOf(run: Run): number {
  return run.queuedAt + run.startAfterMs;
}

export function endOf(run: Run): number {
  if (run.cancelledAt !== undefined) return run.cancelledAt + cancelWindDownMs(run);
  return run.queuedAt + run.startAfterMs + run.durationMs;
}

/**
 * The wind-down of a cancellation asked for while running: a quarter of the time it had run,
 * 1 ms at least and 10 s at most (as a failure's wind-down is a fifth of its run, at most 10 s).
 */
export function cancelWindDownMs(run: Run): number {
  const elapsed = (run.cancelledAt ?? 0) - startOf(run);
  return Math.max(1, Math.min(10_000, Math.floor(elapsed / 4)));
}
