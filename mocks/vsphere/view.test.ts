import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../src/package-root';
import { createRng } from '../../src/runtime/rng';
import { nextChangeAt } from '../../src/state/lifecycle';
import type { Run } from '../../src/state/run';
import { TaskChanges } from '../../src/state/task-changes';
import { baseTasks, createBase } from './base';
import { completeTask } from './complete-task';
import { DEMO_VSPHERE_UUID } from './settings';
import type { TaskList } from './task-list';
import type { TaskItem } from './types';
import { createView } from './view';

const fixtures = path.join(packageRoot(), 'fixtures');
const LOADED_AT = Date.parse(JSON.parse(fs.readFileSync(path.join(fixtures, 'manifest.json'), 'utf8')).now);
const records = fs
  .readFileSync(path.join(fixtures, 'vsphere', 'tasks.ndjson'), 'utf8')
  .split('\n')
  .filter((line) => line !== '')
  .map((line) => JSON.parse(line) as TaskItem);
const base = createBase({ records: { tasks: records }, loadedAt: LOADED_AT, rng: createRng(1), settings: {} });
const view = (changes = TaskChanges.NONE, now = LOADED_AT) => createView({ base, changes, now, settings: {} });
const all = (list: TaskList) => list.slice(0, list.length);
let seed = 0;
const make = (run: Run, task: Record<string, unknown> = {}, tenant?: string) => completeTask({ task, tenant, run, now: LOADED_AT, rng: createRng((seed += 1)) });

describe('createView (vSphere)', () => {
  it('shares the base lists when nothing changed, rendering only the loaded tasks with runs', () => {
    const { state } = view();
    expect(state.tasks).toBe(base.tasks);
    expect(state.scope('Folder:group-d1')).toBe(base.byScope.get('Folder:group-d1'));
    const live = base.live.map((task) => state.shown(task));
    expect(live.map((task) => task.bytes === undefined)).toEqual([false, false, false]);
    expect(state.shown(base.tasks[200] as (typeof base.tasks)[number])).toBe(base.tasks[200]);
  });

  it('is valid until the first loaded run changes (its next progress step or phase)', () => {
    const now = LOADED_AT + 250;
    const expected = Math.min(...base.live.map((task) => nextChangeAt(task.run as Run, now)));
    expect(expected).toBeLessThanOrEqual(now + 1_000);
    expect(view(TaskChanges.NONE, now).validUntil).toBe(expected);
  });

  it('is valid until the recent window passes a task once nothing runs', () => {
    const now = LOADED_AT + 3_600_000;
    const later = view(TaskChanges.NONE, now).state;
    const finished = base.tasks.map((task) => later.shown(task).completedMs ?? 0);
    const lastDone = Math.max(...finished);
    expect(view(TaskChanges.NONE, now).validUntil).toBe(Number.POSITIVE_INFINITY);
    // A moment before the last task leaves the window, it is the only one left in it.
    const { state, validUntil } = view(TaskChanges.NONE, lastDone + 599_999);
    expect(state.recent.map((task) => state.shown(task).completedMs)).toEqual([lastDone]);
    expect(validUntil).toBe(lastDone + 600_001);
  });

  it('merges created and changed tasks in newest-first order and leaves removed ones out', () => {
    const created = make({ queuedAt: LOADED_AT - 1, startAfterMs: 0, durationMs: 60_000, outcome: 'success' });
    const changed = { ...(baseTasks(base).get('task-3247') as NonNullable<ReturnType<ReturnType<typeof baseTasks>['get']>>), run: { queuedAt: Date.parse('2021-08-31T05:54:36.499Z'), startAfterMs: 0, durationMs: 10_000, outcome: 'failure' as const } };
    const changes = TaskChanges.of([
      [created.id, created],
      ['task-3247', changed],
      ['task-3276', null],
    ]);
    const { state } = view(changes);
    const ids = all(state.tasks).map((task) => task.id);
    expect(ids).toHaveLength(305);
    expect(ids).not.toContain('task-3276');
    expect(ids.slice(0, 2)).toEqual([created.id, 'task-3288']);
    const shown3247 = all(state.tasks).find((task) => task.id === 'task-3247');
    expect([shown3247?.item.status, shown3247?.item.task.Cancelled]).toEqual(['error', false]);
    expect(all(state.scope('Folder:group-d1')).map((task) => task.id)).toEqual(ids);
    expect(state.recent.map((task) => task.id)).toContain(created.id);
  });

  it("lists no task of another vsphere_uuid, and scopes a created task's unknown entity under the root folder", () => {
    const other = make({ queuedAt: LOADED_AT, startAfterMs: 0, durationMs: 1_000, outcome: 'success' }, {}, '11111111-2222-3333-4444-555555555555');
    const stray = make({ queuedAt: LOADED_AT, startAfterMs: 0, durationMs: 1_000, outcome: 'success' }, { entity: 'VirtualMachine:vm-9999' });
    expect(stray.tenant).toBe(DEMO_VSPHERE_UUID);
    const { state } = view(TaskChanges.of([[other.id, other], [stray.id, stray]]));
    expect(all(state.tasks).map((task) => task.id)).not.toContain(other.id);
    expect(state.inventory.has('VirtualMachine:vm-9999')).toBe(true);
    expect(all(state.scope('VirtualMachine:vm-9999')).map((task) => task.id)).toEqual([stray.id]);
    expect(all(state.scope('Folder:group-d1')).map((task) => task.id)).toContain(stray.id);
  });
});
