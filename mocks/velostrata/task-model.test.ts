import { createRng } from '../../src/runtime/rng';
import { testValidators } from '../../src/testing/create-test-app';
import type { Run } from '../../src/state/run';
import type { TaskDescription } from './task-description';
import { velostrataTasks } from './task-model';

const T0 = Date.parse('2021-08-31T08:20:00.000Z');
const validate = testValidators().component('velostrata', velostrataTasks.schema);
const run: Run = { queuedAt: T0, startAfterMs: 0, durationMs: 600_000, outcome: 'success' };

describe('velostrataTasks', () => {
  it('completes an empty task into a valid, realistic one with a t-<n> id, Running at 0', () => {
    for (let seed = 1; seed <= 40; seed += 1) {
      const stored = velostrataTasks.complete({ task: {}, tenant: undefined, run, now: T0, rng: createRng(seed) });
      const task = stored.task as TaskDescription;
      expect(validate(task)).toEqual([]);
      expect(stored.id).toMatch(/^t-\d+$/);
      expect(task.id).toEqual({ value: stored.id, _type: 'TaskId' });
      expect(stored.tenant).toBe('manager');
      expect(task).toMatchObject({ state: 'Running', progress: 0, startTime: '2021-08-31T08:20:00.000Z', subTasks: [] });
      expect(task.taskType).toBeDefined();
      expect(task.username).toBeDefined();
    }
  });

  it('keeps what the partial task gives, and lets the run decide state, progress and times', () => {
    const partial = { id: { value: 't-77', _type: 'TaskId' }, taskType: 'StopVm', username: 'ops', state: 'Succeeded', endTime: '2000-01-01T00:00:00.000Z' };
    const stored = velostrataTasks.complete({ task: partial, tenant: 'manager', run, now: T0 + 300_000, rng: createRng(1) });
    expect(stored.id).toBe('t-77');
    const task = stored.task as TaskDescription;
    expect(task).toMatchObject({ taskType: 'StopVm', username: 'ops', state: 'Running', progress: 50 });
    expect(task.endTime).toBeUndefined();
  });

  it('gives a failure without an error object a realistic one of its type, and refuses another tenant', () => {
    const stored = velostrataTasks.complete({ task: { taskType: 'RunVmInCloud' }, tenant: undefined, run: { ...run, outcome: 'failure' }, now: T0, rng: createRng(3) });
    expect(stored.run?.error).toEqual({ errorMessage: ['Failed to run VM in cloud'], errorDetails: expect.any(String) });
    expect(() => velostrataTasks.complete({ task: {}, tenant: 'other', run, now: T0, rng: createRng(1) })).toThrow(/one manager/);
  });

  it('makes arrivals of realistic types and durations, queued now, mostly succeeding', () => {
    const rng = createRng(5);
    const arrivals = Array.from({ length: 300 }, () => velostrataTasks.arrival(T0, rng));
    expect(arrivals.every((a) => a.run.queuedAt === T0 && a.run.durationMs >= 60_000)).toBe(true);
    const successes = arrivals.filter((a) => a.run.outcome === 'success').length;
    expect(successes).toBeGreaterThan(220);
    expect(arrivals.some((a) => a.run.outcome === 'failure')).toBe(true);
    expect(new Set(arrivals.map((a) => a.task['taskType'])).size).toBeGreaterThan(10);
    expect(velostrataTasks.arrivalsPerHour).toBeGreaterThanOrEqual(60);
  });
});
