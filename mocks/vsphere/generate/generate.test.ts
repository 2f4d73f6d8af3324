import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../../src/package-root';
import { createRng } from '../../../src/runtime/rng';
import { testValidators } from '../../../src/testing/create-test-app';
import { DOC_EXAMPLES, documentTasks, generate } from './generate';
import { newestFirst } from '../indexed-task';
import { keyNumber, type TaskItem } from '../types';

const keys = (list: readonly TaskItem[]): string[] => list.map((t) => t.key);

const docDir = path.join(packageRoot(), 'fixtures', 'doc-examples', 'vsphere');
const docExample = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(docDir, file), 'utf8'));
const NOW = Date.parse('2021-08-31T08:20:00.000Z');
const make = (seed: number, count = 300): TaskItem[] => generate({ rng: createRng(seed), count, now: NOW, docExample }).tasks;

describe('generate (vSphere)', () => {
  const tasks = make(1);
  const documented = documentTasks(docExample);
  const validate = testValidators().component('vsphere', 'TaskItem');

  it('makes the same data from the same seed, and other data from another', () => {
    expect(make(1)).toEqual(tasks);
    expect(make(2)).not.toEqual(tasks);
  });

  it('holds count tasks plus the five document tasks, each key once', () => {
    expect(documented.map((t) => t.key).sort()).toEqual(['task-3071', 'task-3073', 'task-3074', 'task-3247', 'task-3276']);
    expect(tasks).toHaveLength(305);
    expect(new Set(tasks.map((t) => t.key)).size).toBe(305);
  });

  it('includes every task of the documents verbatim', () => {
    for (const file of DOC_EXAMPLES) {
      const data = (docExample(file) as { data: TaskItem[] | { list: TaskItem[] } }).data;
      for (const printed of Array.isArray(data) ? data : data.list) {
        expect(tasks.find((t) => t.key === printed.key)).toEqual(printed);
      }
    }
  });

  it('makes records the spec accepts (TaskItem)', () => {
    for (const task of tasks) expect([task.key, validate(task)]).toEqual([task.key, []]);
  });

  it('numbers keys in the order of time, as vCenter does, oldest first', () => {
    const keys = tasks.map((t) => keyNumber(t.key));
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    const times = tasks.map((t) => Date.parse(t.task.QueueTime));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(Math.min(...keys)).toBeGreaterThan(2000);
  });

  it('keeps at most 8 generated tasks newer than task-3247, so page 0 of 10 shows both document tasks', () => {
    const newer = tasks.filter((t) => t.create_time > 1630389276 && !documented.some((d) => d.key === t.key));
    expect(newer.length).toBeLessThanOrEqual(8);
    expect(keys([...tasks].sort(newestFirst).slice(0, 10))).toEqual(expect.arrayContaining(['task-3247', 'task-3276']));
  });

  it('puts every time before now, and the queued and running tasks a few minutes before it', () => {
    for (const t of tasks) {
      for (const time of [t.task.QueueTime, t.task.StartTime, t.task.CompleteTime]) {
        if (time !== null) expect(Date.parse(time)).toBeLessThanOrEqual(NOW);
      }
    }
    const active = tasks.filter((t) => t.status === 'queued' || t.status === 'running');
    expect(active.map((t) => t.status).sort()).toEqual(['queued', 'running', 'running']);
    for (const t of active) expect(NOW - Date.parse(t.task.QueueTime)).toBeLessThan(5 * 60_000);
  });

  it('derives the wrapper fields from the TaskInfo (api-facts 1.4)', () => {
    for (const t of tasks) {
      const info = t.task;
      expect(t.key).toBe(info.Key);
      expect(t.task_reference).toBe(`Task:${info.Task.Value}`);
      expect(t.entity).toBe(info.Entity ? `${info.Entity.Type}:${info.Entity.Value}` : '');
      expect(t.target).toBe(info.EntityName);
      expect(t.status).toBe(info.State);
      expect(t.progress).toBe(info.Progress);
      expect(t.detail).toBe(info.Description?.Message ?? '');
      expect(t.user).toBe('UserName' in info.Reason ? info.Reason.UserName : '');
      expect(t.create_time).toBe(Math.floor(Date.parse(info.QueueTime) / 1000));
      expect(t.start_time).toBe(info.StartTime ? Math.floor(Date.parse(info.StartTime) / 1000) : 0);
      expect(t.finish_time).toBe(info.CompleteTime ? Math.floor(Date.parse(info.CompleteTime) / 1000) : 0);
      expect(t.message).toBe(info.Error?.LocalizedMessage ?? '');
      expect(info.State === 'error').toBe(info.Error !== null);
      expect(info.State === 'queued' || info.State === 'running').toBe(info.CompleteTime === null);
      expect(info.State === 'queued').toBe(info.StartTime === null);
    }
  });

  it('covers failures with inline fault fields, cancels, every reason shape and a name that falls back to Name', () => {
    const failed = tasks.filter((t) => t.status === 'error');
    expect(failed.filter((t) => t.task.Cancelled).length).toBeGreaterThan(0);
    expect(failed.some((t) => Object.keys(t.task.Error?.Fault ?? {}).length > 2)).toBe(true);
    const reasons = new Set(tasks.map((t) => Object.keys(t.task.Reason).sort().join(',')));
    expect(reasons).toEqual(new Set(['UserName', 'Name,ScheduledTask', 'Alarm,AlarmName,Entity,EntityName', '']));
    expect(tasks.some((t) => t.name === 'SetScreenResolution' && t.task.Name === 'SetScreenResolution')).toBe(true);
    expect(tasks.some((t) => t.name === '检查新通知' && t.task.Name === '')).toBe(true);
  });

  it('makes data sets larger than the documents numbering allows, keys still unique', () => {
    const big = make(3, 5000);
    expect(big).toHaveLength(5005);
    expect(new Set(big.map((t) => t.key)).size).toBe(5005);
    for (const t of big.filter((_, i) => i % 250 === 0)) expect(validate(t)).toEqual([]);
  });
});
