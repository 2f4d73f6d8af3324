import { createRng } from '../../src/runtime/rng';
import { PROGRESS_STEP_MS } from '../../src/state/lifecycle';
import type { Run } from '../../src/state/run';
import { TaskChanges } from '../../src/state/task-changes';
import { createView } from './create-view';
import { createBase } from './load-base';
import type { TaskDescription } from './task-description';
import { velostrataTasks } from './task-model';

const T0 = Date.parse('2021-08-31T08:20:00.000Z');
const running: TaskDescription = {
  id: { value: 't-2', _type: 'TaskId' }, progress: 50, progressMessage: ['Creating instance in cloud'],
  startTime: '2021-08-31T08:10:00.000Z', state: 'Running', subTasks: [], taskType: 'RunVmInCloud', username: 'apiuser',
};
const done: TaskDescription = {
  endTime: '2021-08-30T08:10:00.000Z', id: { value: 't-1', _type: 'TaskId' }, progress: 100, progressMessage: ['VM stopped'],
  startTime: '2021-08-30T08:00:00.000Z', state: 'Succeeded', subTasks: [], taskType: 'StopVm', username: 'apiuser',
};
const base = createBase({ records: { tasks: [done, running] }, loadedAt: T0, rng: createRng(1), settings: {} });
const page = (json: string) => JSON.parse(json) as { totalElements: number; content: TaskDescription[] };
const created = (run: Run) => velostrataTasks.complete({ task: { id: { value: 't-3', _type: 'TaskId' }, taskType: 'StopVm' }, tenant: undefined, run, now: T0, rng: createRng(2) });

describe('createView', () => {
  it('serves the loaded data at its moment as loaded, and stays true until the next progress step', () => {
    const view = createView({ base, changes: TaskChanges.NONE, now: T0, settings: {} });
    expect(view.state.taskJson('t-1')).toBe(JSON.stringify(done));
    expect(view.state.taskJson('t-2')).toBe(JSON.stringify(running));
    expect(page(view.state.activePage.text).content).toEqual([running]);
    expect(view.validUntil).toBe(T0 + PROGRESS_STEP_MS);
    expect(view.state.taskJson('t-404')).toBeUndefined();
  });

  it('is true for ever once every run is over', () => {
    const view = createView({ base, changes: TaskChanges.NONE, now: T0 + 86_400_000, settings: {} });
    expect(page(view.state.activePage.text).totalElements).toBe(0);
    expect(JSON.parse(view.state.taskJson('t-2') ?? '')).toMatchObject({ state: 'Succeeded', progress: 100 });
    expect(view.validUntil).toBe(Number.POSITIVE_INFINITY);
  });

  it('merges the changes: a created task listed in order, a removed one gone', () => {
    const task = created({ queuedAt: T0 + 1000, startAfterMs: 0, durationMs: 60_000, outcome: 'success' });
    const changes = TaskChanges.of([[task.id, task], ['t-2', null]]);
    const before = createView({ base, changes, now: T0, settings: {} });
    // Queued in the future: listed nowhere and not found until then (decisions.md "The admin API").
    expect(before.state.taskJson('t-3')).toBeUndefined();
    expect(page(before.state.activePage.text).totalElements).toBe(0);
    expect(before.validUntil).toBe(T0 + 1000);
    const after = createView({ base, changes, now: T0 + 1000, settings: {} });
    expect(after.state.taskJson('t-2')).toBeUndefined();
    expect(page(after.state.activePage.text).content.map((t) => t.id?.value)).toEqual(['t-3']);
    expect(after.state.taskJson('t-1')).toBe(JSON.stringify(done));
  });
});
