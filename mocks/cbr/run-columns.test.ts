import { createRng } from '../../src/runtime/rng';
import { nextChangeAt, PROGRESS_STEP_MS, runStateAt, type Phase } from '../../src/state/lifecycle';
import { OUTCOMES, type Run } from '../../src/state/run';
import { nextChangeOf, phaseAt, runColumns } from './run-columns';

const PHASES: readonly Phase[] = ['scheduled', 'waiting', 'running', 'ending', 'done'];

describe('runColumns', () => {
  it("agrees with the lifecycle's phase and next change for any run at any moment", () => {
    const rng = createRng(11);
    const runs: Run[] = Array.from({ length: 400 }, () => ({
      queuedAt: 1_000_000 + rng.int(100_000),
      startAfterMs: rng.next() < 0.2 ? 0 : rng.int(60_000),
      durationMs: rng.next() < 0.1 ? 0 : rng.int(200_000),
      outcome: rng.pick(OUTCOMES),
    }));
    const columns = runColumns(runs);
    const seen = new Set<Phase>();
    runs.forEach((run, i) => {
      for (let k = 0; k < 30; k += 1) {
        const now = 950_000 + rng.int(450_000);
        const phase = PHASES[phaseAt(columns, i, now)] as Phase;
        expect(phase).toBe(runStateAt(run, now).phase);
        seen.add(phase);
        if (phase !== 'done') expect(nextChangeOf(columns, i, now, phaseAt(columns, i, now), PROGRESS_STEP_MS)).toBe(nextChangeAt(run, now));
      }
    });
    expect(seen).toEqual(new Set(PHASES));
  });
});
