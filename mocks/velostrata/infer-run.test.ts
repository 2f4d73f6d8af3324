import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../src/package-root';
import { endOf, startOf } from '../../src/state/run';
import { isActive } from './filters';
import { inferRun, START_DELAY_MS } from './infer-run';
import { renderTask } from './render-task';
import type { TaskDescription } from './task-description';

const root = packageRoot();
const loadedAt = Date.parse((JSON.parse(fs.readFileSync(path.join(root, 'fixtures', 'manifest.json'), 'utf8')) as { now: string }).now);
const records = fs
  .readFileSync(path.join(root, 'fixtures', 'velostrata', 'tasks.ndjson'), 'utf8')
  .split('\n')
  .filter((line) => line !== '')
  .map((line) => JSON.parse(line) as TaskDescription);
const active = records.filter((t) => isActive(t));
const stored = (task: TaskDescription) => ({ id: task.id?.value ?? '', tenant: 'manager', task, run: inferRun(task, loadedAt) });

describe('inferRun on the default data set', () => {
  it('gives every active record a run that renders it, at the data set moment, exactly as loaded', () => {
    expect(active.length).toBeGreaterThan(15);
    for (const task of active) {
      const s = stored(task);
      expect(s.run).toBeDefined();
      expect(renderTask(s, loadedAt)).toBe(task);
      expect(JSON.stringify(renderTask(s, loadedAt))).toBe(JSON.stringify(task));
    }
  });

  it('gives a finished record none', () => {
    for (const task of records.filter((t) => !isActive(t))) expect(inferRun(task, loadedAt)).toBeUndefined();
  });

  it('runs each from its startTime and ends each after the data set moment, with the outcome its state says', () => {
    for (const task of active) {
      const run = stored(task).run!;
      expect(run.queuedAt).toBe(Date.parse(task.startTime ?? ''));
      expect(endOf(run)).toBeGreaterThan(loadedAt);
      expect(run.outcome).toBe(task.state === 'Failing' ? 'failure' : task.state === 'Cancelling' ? 'cancelled' : 'success');
    }
  });

  it('starts a task still at progress 0 (the seed record) shortly after the data set moment', () => {
    const seed = records.find((t) => t.id?.value === 'vm-1')!;
    const run = stored(seed).run!;
    expect(startOf(run)).toBe(loadedAt + START_DELAY_MS);
    expect(renderTask(stored(seed), startOf(run) - 1)).toBe(seed);
    expect(renderTask(stored(seed), startOf(run) + run.durationMs / 2)).toMatchObject({ state: 'Running', progress: 50 });
  });

  it('keeps the error texts of a failing record for its Failed state', () => {
    const failing = active.find((t) => t.state === 'Failing')!;
    const s = stored(failing);
    expect(s.run?.error).toEqual({ errorMessage: failing.errorMessage, errorDetails: failing.errorDetails });
    const failed = renderTask(s, endOf(s.run!));
    expect(failed).toMatchObject({ state: 'Failed', progress: failing.progress, errorMessage: failing.errorMessage, errorDetails: failing.errorDetails });
    expect(failed.endTime).toBe(new Date(endOf(s.run!)).toISOString());
  });

  it('leaves a record that no run can show as it is (progress 100 yet Running, a start after the moment) without one', () => {
    const running = active.find((t) => t.state === 'Running' && (t.progress ?? 0) > 0)!;
    expect(inferRun({ ...running, progress: 100 }, loadedAt)).toBeUndefined();
    expect(inferRun({ ...running, startTime: new Date(loadedAt + 1).toISOString() }, loadedAt)).toBeUndefined();
    expect(inferRun({ ...running, startTime: undefined }, loadedAt)).toBeUndefined();
  });
});
