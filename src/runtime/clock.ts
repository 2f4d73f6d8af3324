/**
 * The one simulated clock of an app: every "now" (recent-task windows, request ids' times,
 * tasks' progress) comes from here, so tests are deterministic. `rate` 0 freezes time (tests);
 * 1 lets it follow the wall clock from `start` (serve). `set`/`advance` move it on demand.
 */
export interface Clock {
  now(): number;
  set(epochMs: number): void;
  advance(ms: number): void;
}

export function createClock(options: { start: number; rate?: number; wall?: () => number }): Clock {
  const wall = options.wall ?? Date.now;
  const rate = options.rate ?? 0;
  let base = options.start;
  let wallBase = wall();
  return {
    now: () => base + (wall() - wallBase) * rate,
    set(epochMs) {
      base = epochMs;
      wallBase = wall();
    },
    advance(ms) {
      base += ms;
    },
  };
}
