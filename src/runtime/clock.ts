/**
 * The one simulated clock of a process: every "now" (recent-task windows, request ids' times,
 * tasks' runs) comes from here, so tests are deterministic. `rate` 0 freezes time (tests);
 * 1 lets it follow the wall clock from `start` (serve). `set`/`advance`/`setRate` move it on
 * demand; `epoch` counts those jumps, so views built for another moment are known stale.
 */
export interface Clock {
  now(): number;
  readonly rate: number;
  /** Bumped by every set, advance and rate change. */
  readonly epoch: number;
  set(epochMs: number): void;
  advance(ms: number): void;
  setRate(rate: number): void;
}

export function createClock(options: { start: number; rate?: number; wall?: () => number }): Clock {
  const wall = options.wall ?? Date.now;
  let rate = options.rate ?? 0;
  let base = options.start;
  let wallBase = wall();
  let epoch = 0;
  const now = () => (rate === 0 ? base : base + (wall() - wallBase) * rate);
  return {
    now,
    get rate() {
      return rate;
    },
    get epoch() {
      return epoch;
    },
    set(epochMs) {
      base = epochMs;
      wallBase = wall();
      epoch += 1;
    },
    advance(ms) {
      base += ms;
      epoch += 1;
    },
    setRate(next) {
      base = now();
      wallBase = wall();
      rate = next;
      epoch += 1;
    },
  };
}
