import { cancelRun, nextChangeAt, nextPhaseChangeAt, PROGRESS_STEP_MS, runStateAt, windDownMs } from './lifecycle';
import type { Run } from './run';

const T0 = Date.UTC(2021, 7, 31, 8, 0, 0);
const run = (over: Partial<Run> = {}): Run => ({ queuedAt: T0, startAfterMs: 10_000, durationMs: 100_000, outcome: 'success', ...over });

describe('runStateAt: one lifecycle for every vendor', () => {
  it('is scheduled before queuedAt, waiting until it starts, running with progress rising, then done', () => {
    const r = run();
    expect(runStateAt(r, T0 - 1)).toMatchObject({ phase: 'scheduled', progress: 0, startedAt: undefined });
    expect(runStateAt(r, T0)).toMatchObject({ phase: 'waiting', progress: 0, startedAt: undefined, endedAt: undefined });
    expect(runStateAt(r, T0 + 10_000)).toMatchObject({ phase: 'running', progress: 0, startedAt: T0 + 10_000 });
    expect(runStateAt(r, T0 + 60_000)).toMatchObject({ phase: 'running', progress: 50 });
    expect(runStateAt(r, T0 + 110_000)).toMatchObject({ phase: 'done', outcome: 'success', progress: 100, endedAt: T0 + 110_000 });
  });

  it('winds a failure down over its last fifth (at most 10 s), progress held, then ends failed', () => {
    const r = run({ outcome: 'failure' });
    expect(windDownMs(r)).toBe(10_000);
    expect(runStateAt(r, T0 + 99_999)).toMatchObject({ phase: 'running' });
    const ending = runStateAt(r, T0 + 100_000);
    expect(ending).toMatchObject({ phase: 'ending', progress: 90 });
    expect(runStateAt(r, T0 + 105_000).progress).toBe(90);
    expect(runStateAt(r, T0 + 110_000)).toMatchObject({ phase: 'done', outcome: 'failure', progress: 90, endedAt: T0 + 110_000 });
  });

  it('never shows 100 % before a run has succeeded', () => {
    const r = run({ durationMs: 1000 });
    for (let t = T0 + 10_000; t < T0 + 11_000; t += 37) expect(runStateAt(r, t).progress).toBeLessThan(100);
  });
});

describe('nextChangeAt', () => {
  it('names each phase boundary in turn, and Infinity once done', () => {
    const r = run({ outcome: 'failure' });
    expect(nextPhaseChangeAt(r, T0 - 5)).toBe(T0);
    expect(nextPhaseChangeAt(r, T0)).toBe(T0 + 10_000);
    expect(nextPhaseChangeAt(r, T0 + 10_000)).toBe(T0 + 100_000);
    expect(nextPhaseChangeAt(r, T0 + 100_000)).toBe(T0 + 110_000);
    expect(nextPhaseChangeAt(r, T0 + 110_000)).toBe(Number.POSITIVE_INFINITY);
  });

  it('refreshes progress every PROGRESS_STEP_MS while running', () => {
    const r = run();
    expect(nextChangeAt(r, T0 + 10_250)).toBe(T0 + 10_000 + PROGRESS_STEP_MS);
    expect(nextChangeAt(r, T0 + 109_500)).toBe(T0 + 110_000);
    expect(nextChangeAt(r, T0 + 5)).toBe(T0 + 10_000);
  });
});

describe('cancelRun', () => {
  it('cancels a waiting run at once', () => {
    const cancelled = cancelRun(run(), T0 + 5000);
    expect(runStateAt(cancelled, T0 + 5000)).toMatchObject({ phase: 'done', outcome: 'cancelled' });
  });

  it.each([1000, 20_000, 90_000])('winds a run cancelled after %i ms of running down, then ends it cancelled', (elapsed) => {
    const now = T0 + 10_000 + elapsed;
    const cancelled = cancelRun(run({ durationMs: 1_000_000 }), now);
    expect(runStateAt(cancelled, now)).toMatchObject({ phase: 'ending', outcome: 'cancelled' });
    expect(runStateAt(cancelled, now + 10_000)).toMatchObject({ phase: 'done', outcome: 'cancelled' });
  });

  it('leaves a finished run as it is', () => {
    const r = run();
    expect(cancelRun(r, T0 + 200_000)).toBe(r);
  });
});
