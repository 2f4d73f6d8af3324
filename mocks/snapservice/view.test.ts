import path from 'node:path';
import { readDataManifest } from '../../src/fixtures/data-manifest';
import { packageRoot } from '../../src/package-root';
import { createRng } from '../../src/runtime/rng';
import { TaskChanges } from '../../src/state/task-changes';
import { createBase } from './base';
import { selectTasks } from './filters';
import type { ListItem } from './list-item';
import { renderTask } from './render-task';
import { RenderedEntries } from './rendered-entries';
import { fixtureTasks, PG } from './test-support/snapservice-test-app';
import { createView } from './view';

const RECORDS = fixtureTasks();
const LOADED_AT = readDataManifest(path.join(packageRoot(), 'fixtures')).now;
const base = createBase({ records: { tasks: RECORDS }, loadedAt: LOADED_AT, rng: createRng(1), settings: {} });
const viewAt = (now: number) => createView({ base, changes: TaskChanges.NONE, now, settings: {} });
const ALL_SERVICES = [...new Set(RECORDS.map((r) => r.info.service))];
const shown = (now: number) => {
  const state = viewAt(now).state;
  return ALL_SERVICES.flatMap((service) => selectTasks(state, { services: new Set([service]) }, Number.POSITIVE_INFINITY)).map((e) => JSON.parse(e.json) as ListItem);
};
const IN_FLIGHT = new Set(['PENDING', 'RUNNING', 'BLOCKED']);

describe('snapservice view of the default data', () => {
  it('gives every task still in flight at loadedAt a run, and none to a finished one', () => {
    const moving = RECORDS.filter((r) => IN_FLIGHT.has(r.info.status)).map((r) => r.task).sort();
    expect(moving.length).toBeGreaterThan(10);
    expect(base.moving.map((t) => t.id).sort()).toEqual(moving);
    expect(base.fixed.tasks).toHaveLength(RECORDS.length - moving.length);
  });

  it('renders every loaded task at loadedAt byte for byte as the fixture holds it', () => {
    for (const task of base.moving) expect(JSON.stringify(renderTask(task, LOADED_AT))).toBe(JSON.stringify(task.task));
    const byId = new Map(shown(LOADED_AT).map((item) => [item.task, item]));
    expect(byId.size).toBe(RECORDS.length);
    for (const record of RECORDS) expect(byId.get(record.task)).toEqual(record);
  });

  it('holds the view until the next progress step at the latest while tasks run', () => {
    const { validUntil } = viewAt(LOADED_AT);
    expect(validUntil).toBeGreaterThan(LOADED_AT);
    expect(validUntil).toBeLessThanOrEqual(LOADED_AT + 1000);
  });

  it('moves the loaded tasks on: a minute later progress has risen, some have started', () => {
    const before = new Map(shown(LOADED_AT).map((item) => [item.task, item.info]));
    const later = shown(LOADED_AT + 60_000);
    const running = later.filter((item) => before.get(item.task)?.status === 'RUNNING' && item.info.status === 'RUNNING');
    expect(running.length).toBeGreaterThan(0);
    for (const item of running) expect(item.info.progress?.completed).toBeGreaterThanOrEqual(before.get(item.task)?.progress?.completed ?? 101);
    expect(running.some((item) => (item.info.progress?.completed ?? 0) > (before.get(item.task)?.progress?.completed ?? 100))).toBe(true);
    expect(later.filter((item) => before.get(item.task)?.status === 'PENDING' && item.info.status !== 'PENDING').length).toBeGreaterThan(0);
  });

  it('has every loaded task finished and SUCCEEDED a day later, and then nothing left to change', () => {
    const dayLater = LOADED_AT + 86_400_000;
    const items = shown(dayLater);
    expect(items).toHaveLength(RECORDS.length);
    expect(items.filter((item) => IN_FLIGHT.has(item.info.status))).toEqual([]);
    for (const task of base.moving) {
      const info = items.find((item) => item.task === task.id)?.info;
      expect(info).toMatchObject({ status: 'SUCCEEDED', cancelable: false, progress: { total: 100, completed: 100 } });
      expect(Date.parse(info?.end_time ?? '')).toBeGreaterThan(LOADED_AT);
      expect(Date.parse(info?.end_time ?? '')).toBeGreaterThan(Date.parse(info?.start_time ?? ''));
    }
    expect(viewAt(dayLater).validUntil).toBe(Number.POSITIVE_INFINITY);
  });

  it('reuses a rendering only while it is the rendering of the moment', () => {
    const rendered = new RenderedEntries();
    let reused = 0;
    for (let now = LOADED_AT; now < LOADED_AT + 30 * 60_000; now += 7_000) {
      for (const task of base.moving) {
        const before = rendered.at(task, now - 1000);
        const entry = rendered.at(task, now);
        if (entry === before) reused += 1;
        expect(entry.json).toBe(JSON.stringify(renderTask(task, now)));
      }
    }
    expect(reused).toBeGreaterThan(0);
  });

  it('keeps the default request to its few dozen tasks and the protection groups over the cap', () => {
    const state = viewAt(LOADED_AT).state;
    expect(selectTasks(state, { services: new Set([PG]), status: new Set(['FAILED']) }).length).toBeGreaterThan(3);
    expect(() => selectTasks(state, { services: new Set([PG]) })).toThrow(expect.objectContaining({ kind: 'too_many_results' }));
  });
});
