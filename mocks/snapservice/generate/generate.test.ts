import { createRng } from '../../../src/runtime/rng';
import { testValidators } from '../../../src/testing/create-test-app';
import { generate } from './generate';
import { TASK_STATUSES, type ListItem } from '../list-item';
import { compareListOrder } from '../task-entry';
import { fixtureTasks, PG } from '../test-support/snapservice-test-app';

const NOW = Date.parse('2021-08-31T08:20:00.000Z');
const noDocExamples = (): unknown => {
  throw new Error('the Snapservice document prints placeholders only: no example records');
};
const make = (seed: number, count = 1300) => generate({ rng: createRng(seed), count, now: NOW, docExample: noDocExamples }).tasks;

const DATA_SETS: readonly (readonly [string, () => ListItem[]])[] = [
  ['the committed fixture', fixtureTasks],
  ['a fresh data set of another seed', () => make(42)],
];

describe('snapservice generate', () => {
  it('is deterministic: the same seed gives the same tasks', () => {
    expect(JSON.stringify(make(7, 200))).toBe(JSON.stringify(make(7, 200)));
    expect(JSON.stringify(make(7, 200))).not.toBe(JSON.stringify(make(8, 200)));
  });

  it('makes exactly count tasks', () => {
    expect(make(3, 57)).toHaveLength(57);
  });

  describe.each(DATA_SETS)('%s', (_name, load) => {
    const tasks = load();
    const validate = testValidators().component('snapservice', 'ListItem');

    it('validates every record against the spec ListItem', () => {
      const bad = tasks.map((t) => validate(t)).filter((issues) => issues.length > 0);
      expect(bad).toEqual([]);
    });

    it('keeps the default request small and the busiest service over the 1000-task cap (decisions.md)', () => {
      const pg = tasks.filter((t) => t.info.service === PG);
      expect(pg.length).toBeGreaterThan(1000);
      const failed = pg.filter((t) => t.info.status === 'FAILED').length;
      expect(failed).toBeGreaterThanOrEqual(5);
      expect(failed).toBeLessThanOrEqual(40);
    });

    it('has every status, several services and operations, users and system tasks, parents and vCenter tasks', () => {
      expect(new Set(tasks.map((t) => t.info.status))).toEqual(new Set(TASK_STATUSES));
      expect(new Set(tasks.map((t) => t.info.service)).size).toBeGreaterThanOrEqual(5);
      expect(new Set(tasks.map((t) => t.info.operation))).toEqual(new Set(['create', 'update', 'delete', 'pause', 'resume', 'snapshot', 'restore']));
      expect(tasks.some((t) => t.info.user === undefined)).toBe(true);
      expect(tasks.some((t) => t.info.user === 'VSPHERE.LOCAL\\Administrator')).toBe(true);
      expect(tasks.some((t) => t.info.parent !== undefined)).toBe(true);
      expect(tasks.some((t) => t.info.vc_task !== undefined)).toBe(true);
    });

    it('follows the life-cycle rules of the spec (TaskInfo, Progress)', () => {
      for (const { info } of tasks) {
        const done = info.status === 'SUCCEEDED' || info.status === 'FAILED';
        expect(info.start_time === undefined).toBe(info.status === 'PENDING');
        expect(info.end_time !== undefined).toBe(done);
        expect(info.error !== undefined).toBe(info.status === 'FAILED');
        expect(info.progress === undefined).toBe(info.status === 'PENDING');
        if (info.progress) expect(info.progress.completed).toBeLessThanOrEqual(info.progress.total);
        if (info.status === 'SUCCEEDED') expect(info.progress?.completed).toBe(info.progress?.total);
        if (done) expect(info.cancelable).toBe(false);
        if (info.start_time) expect(Date.parse(info.start_time)).toBeLessThan(NOW);
        if (info.end_time) expect(Date.parse(info.end_time)).toBeLessThan(NOW);
        if (info.start_time && info.end_time) expect(Date.parse(info.end_time)).toBeGreaterThanOrEqual(Date.parse(info.start_time));
      }
    });

    it('starts running tasks shortly before now', () => {
      for (const { info } of tasks.filter((t) => t.info.status === 'RUNNING' || t.info.status === 'BLOCKED')) {
        expect(NOW - Date.parse(info.start_time ?? '')).toBeLessThan(30 * 60_000);
      }
    });

    it('uses unique <uuid>:com.vmware.snapservice ids, vCenter task ids, and parents that exist and start first', () => {
      const byId = new Map(tasks.map((t) => [t.task, t]));
      expect(byId.size).toBe(tasks.length);
      for (const { task, info } of tasks) {
        expect(task).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}:com\.vmware\.snapservice$/);
        if (info.vc_task) expect(info.vc_task).toMatch(/^task-\d+$/);
        if (info.parent === undefined) continue;
        const parent = byId.get(info.parent);
        expect(parent).toBeDefined();
        if (info.start_time) expect(Date.parse(info.start_time)).toBeGreaterThanOrEqual(Date.parse(parent?.info.start_time ?? ''));
      }
    });

    it('is stored in list order', () => {
      expect([...tasks].sort(compareListOrder)).toEqual(tasks);
    });
  });
});
