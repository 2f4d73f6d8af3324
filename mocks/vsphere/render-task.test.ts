import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../src/package-root';
import { createRng } from '../../src/runtime/rng';
import type { Run } from '../../src/state/run';
import { testValidators } from '../../src/testing/create-test-app';
import { completeTask } from './complete-task';
import { inferRun, QUEUED_WAIT_MS } from './infer-run';
import { renderTask } from './render-task';
import type { TaskItem } from './types';

const fixtures = path.join(packageRoot(), 'fixtures');
const LOADED_AT = Date.parse(JSON.parse(fs.readFileSync(path.join(fixtures, 'manifest.json'), 'utf8')).now);
const records: TaskItem[] = fs
  .readFileSync(path.join(fixtures, 'vsphere', 'tasks.ndjson'), 'utf8')
  .split('\n')
  .filter((line) => line !== '')
  .map((line) => JSON.parse(line));
const validate = testValidators().component('vsphere', 'TaskItem');
const loaded = (key: string) => {
  const item = records.find((r) => r.key === key) as TaskItem;
  return { id: key, tenant: 'x', task: item, run: inferRun(item, LOADED_AT) };
};

describe('inferRun and renderTask on the data set', () => {
  it('gives a run to exactly the queued and running records', () => {
    const withRun = records.filter((r) => inferRun(r, LOADED_AT) !== undefined).map((r) => r.status);
    expect(withRun.sort()).toEqual(['queued', 'running', 'running']);
  });

  it('serves as stored a record the clock cannot place: queued after the data set moment, or before 1970', () => {
    const queued = records.find((r) => r.status === 'queued') as TaskItem;
    const at = (queueTime: string): TaskItem => ({ ...queued, task: { ...queued.task, QueueTime: queueTime } });
    expect(inferRun(at('2021-08-31T08:20:00.001Z'), LOADED_AT)).toBeUndefined();
    expect(inferRun(at('1969-12-31T23:59:59Z'), LOADED_AT)).toBeUndefined();
    expect(inferRun(at('2021-08-31T08:19:59Z'), LOADED_AT)).toBeDefined();
  });

  it('renders every loaded record at the data set moment exactly as the fixture holds it', () => {
    for (const item of records) {
      const stored = { id: item.key, tenant: 'x', task: item, run: inferRun(item, LOADED_AT) };
      expect(renderTask(stored, LOADED_AT)).toEqual(item);
    }
  });

  it('runs task-3287 (Progress 78 at load) on: progress rises by whole percents, then it succeeds', () => {
    const stored = loaded('task-3287');
    const run = stored.run as Run;
    const seen = [0, 2_000, 5_000, 8_000].map((ms) => renderTask(stored, LOADED_AT + ms).progress);
    expect(seen[0]).toBe(78);
    expect(seen.every((p, i) => Number.isInteger(p) && (i === 0 || p > (seen[i - 1] as number)))).toBe(true);
    const end = run.queuedAt + run.startAfterMs + run.durationMs;
    const before = renderTask(stored, end - 1);
    expect([before.status, before.task.CompleteTime, before.task.Locked?.length]).toEqual(['running', null, 2]);
    const done = renderTask(stored, end);
    expect([done.status, done.progress, done.task.Progress, done.task.Description, done.task.Locked, done.task.Error]).toEqual(['success', 0, 0, null, null, null]);
    expect(Date.parse(done.task.CompleteTime ?? '')).toBe(end);
    expect(done.finish_time).toBe(Math.floor(end / 1000));
    expect(validate(done)).toEqual([]);
  });

  it('starts the queued task-3288 after the wait, then finishes it', () => {
    const stored = loaded('task-3288');
    const start = (stored.run as Run).queuedAt + (stored.run as Run).startAfterMs;
    expect(start).toBe(LOADED_AT + QUEUED_WAIT_MS);
    expect(renderTask(stored, start - 1).status).toBe('queued');
    const running = renderTask(stored, start);
    expect([running.status, Date.parse(running.task.StartTime ?? ''), running.start_time]).toEqual(['running', start, Math.floor(start / 1000)]);
  });

  it('leaves a successful snapshot its snapshot in Result', () => {
    const stored = loaded('task-3286');
    const run = stored.run as Run;
    const done = renderTask(stored, run.queuedAt + run.startAfterMs + run.durationMs);
    expect(done.task.Result).toEqual({ Type: 'VirtualMachineSnapshot', Value: 'snapshot-3286' });
  });
});

describe('renderTask outcomes', () => {
  const now = LOADED_AT;
  const make = (run: Run, task: Record<string, unknown> = { task: { DescriptionId: 'VirtualMachine.powerOn' } }) =>
    completeTask({ task, tenant: undefined, run, now, rng: createRng(7) });

  it('fails with a fault of the kind, the same one at every later moment, and a valid body', () => {
    const stored = make({ queuedAt: now, startAfterMs: 0, durationMs: 10_000, outcome: 'failure' });
    const ending = renderTask(stored, now + 9_000);
    expect([ending.status, ending.task.Error]).toEqual(['running', null]);
    const failed = renderTask(stored, now + 10_000);
    expect([failed.status, failed.task.Cancelled, failed.progress]).toEqual(['error', false, 0]);
    expect(failed.message).toBe(failed.task.Error?.LocalizedMessage);
    expect(failed.message).not.toBe('');
    expect(renderTask(stored, now + 3_600_000)).toEqual({ ...failed });
    expect(validate(failed)).toEqual([]);
  });

  it("serves the run's own LocalizedMethodFault, and a realistic one instead of an error of another shape", () => {
    const error = { Fault: { FaultCause: null, FaultMessage: null, InvalidProperty: 'spec.memoryMB' }, LocalizedMessage: 'A specified parameter was not correct: spec.memoryMB' };
    const own = renderTask(make({ queuedAt: now, startAfterMs: 0, durationMs: 0, outcome: 'failure', error }), now);
    expect(own.task.Error).toEqual(error);
    const odd = renderTask(make({ queuedAt: now, startAfterMs: 0, durationMs: 0, outcome: 'failure', error: { code: 42 } }), now);
    expect(odd.task.Error?.Fault).toEqual(expect.objectContaining({ FaultCause: null }));
    expect(validate(odd)).toEqual([]);
  });

  it('cancels as CancelTask does: error, Cancelled true, RequestCanceled; never started when cancelled while queued', () => {
    const cancelled = renderTask(make({ queuedAt: now, startAfterMs: 5_000, durationMs: 0, outcome: 'cancelled' }), now + 5_000);
    expect([cancelled.status, cancelled.task.Cancelled, cancelled.task.StartTime, cancelled.message]).toEqual(['error', true, null, 'The task was canceled by a user.']);
    expect(validate(cancelled)).toEqual([]);
  });
});
