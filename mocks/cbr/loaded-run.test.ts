import { runStateAt } from '../../src/state/lifecycle';
import { durationFor, loadedRun, type OpenRecord } from './loaded-run';

const LOADED = Date.UTC(2021, 7, 31, 8, 20);
const record = (over: Partial<OpenRecord>): OpenRecord => ({
  id: 'f2c59e07-2150-4ecb-a483-ab20cbe6d560', type: 'backup', status: 'running', createdAt: LOADED - 600_000, startedAt: LOADED - 599_900, progress: 37, ...over,
});

describe('loadedRun', () => {
  it('leaves a finished task without a run', () => {
    for (const status of ['success', 'failed', 'skipped', 'timeout'] as const) expect(loadedRun(record({ status }), LOADED)).toBeUndefined();
  });

  it.each([1, 2, 37, 50, 98, 99])('gives a running task at %i %% a run showing that progress at the moment loaded', (progress) => {
    for (const elapsed of [120_000, 131_777, 5_400_000]) {
      const run = loadedRun(record({ progress, startedAt: LOADED - elapsed, createdAt: LOADED - elapsed - 90 }), LOADED) as NonNullable<ReturnType<typeof loadedRun>>;
      expect(run.queuedAt).toBe(LOADED - elapsed - 90);
      expect(run.queuedAt + run.startAfterMs).toBe(LOADED - elapsed);
      const state = runStateAt(run, LOADED);
      expect(state.phase).toBe('running');
      expect(Math.floor(state.progress)).toBe(progress);
      expect(run.outcome).toBe('success');
    }
  });

  it('keeps a waiting task waiting past the moment loaded, then runs it as long as its type runs', () => {
    const run = loadedRun(record({ status: 'waiting', createdAt: LOADED - 60_000, startedAt: LOADED - 60_000, progress: 0 }), LOADED) as NonNullable<ReturnType<typeof loadedRun>>;
    expect(runStateAt(run, LOADED).phase).toBe('waiting');
    const start = run.queuedAt + run.startAfterMs;
    expect(start - LOADED).toBeGreaterThanOrEqual(30_000);
    expect(start - LOADED).toBeLessThan(300_000);
    expect(run.durationMs).toBeGreaterThanOrEqual(30_000);
    expect(run.durationMs).toBeLessThan(40 * 60_000);
    expect(loadedRun(record({ status: 'waiting' }), LOADED)).toEqual(loadedRun(record({ status: 'waiting' }), LOADED));
  });

  it('reads 0 % as barely begun and a running 100 % as 99', () => {
    expect(Math.floor((60_000 / durationFor(60_000, 0)) * 100)).toBe(0);
    expect(Math.floor((60_000 / durationFor(60_000, 100)) * 100)).toBe(99);
  });
});
