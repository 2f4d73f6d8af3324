import { cancelRun } from '../../src/state/lifecycle';
import type { Run } from '../../src/state/run';
import { deriveTask, renderTask } from './render-task';
import type { TaskDescription } from './task-description';

const T0 = Date.parse('2021-08-31T08:00:00.000Z');
const MIN = 60_000;
const migration: TaskDescription = {
  additionalInfo: { MigrationProgressByteCount: 0, MigrationTotalByteCount: 40 * 2 ** 30 },
  entity: { value: 'vm-1027', _type: 'VmId' },
  id: { value: 't-900', _type: 'TaskId' },
  subTasks: [],
  taskType: 'MigrateToCloud',
  username: 'apiuser',
};
const run = (outcome: Run['outcome'], extra: Partial<Run> = {}): Run => ({ queuedAt: T0, startAfterMs: MIN, durationMs: 10 * MIN, outcome, ...extra });
const stored = (r: Run, task: TaskDescription = migration) => ({ id: 't-900', tenant: 'manager', task: deriveTask(task, r, T0), run: r });

describe('renderTask: a run in Velostrata words (decisions.md table)', () => {
  it('shows a waiting task as Running at 0 since it was queued, a running one with rising progress, then Succeeded at 100', () => {
    const s = stored(run('success'));
    expect(renderTask(s, T0 + 30_000)).toMatchObject({ state: 'Running', progress: 0, startTime: '2021-08-31T08:00:00.000Z' });
    const half = renderTask(s, T0 + MIN + 5 * MIN);
    expect(half).toMatchObject({ state: 'Running', progress: 50, progressMessage: ['Migrating storage to cloud', '20.0 GB of 40.0 GB migrated'] });
    expect(half.additionalInfo).toEqual({ MigrationProgressByteCount: 20 * 2 ** 30, MigrationTotalByteCount: 40 * 2 ** 30 });
    expect(half.endTime).toBeUndefined();
    const done = renderTask(s, T0 + 11 * MIN);
    expect(done).toMatchObject({ state: 'Succeeded', progress: 100, endTime: '2021-08-31T08:11:00.000Z', progressMessage: ['Storage migration completed'] });
    expect(done.errorMessage).toBeUndefined();
  });

  it('shows a failure as Failing in its wind-down, then Failed with its error object, progress held', () => {
    const error = { errorMessage: ['Failed to migrate VM storage to cloud'], errorDetails: 'Cloud Extension ce-1 is not healthy' };
    const s = stored(run('failure', { error }));
    // Ten minutes of work: the last ten seconds are the wind-down (lifecycle.ts windDownMs), from 98.33 %.
    const windingDown = T0 + 11 * MIN - 10_000;
    expect(renderTask(s, windingDown - 1)).toMatchObject({ state: 'Running', progress: 98 });
    expect(renderTask(s, windingDown - 1).errorMessage).toBeUndefined();
    const failing = renderTask(s, windingDown);
    expect(failing).toMatchObject({ state: 'Failing', progress: 98, ...error });
    expect(failing.endTime).toBeUndefined();
    expect(renderTask(s, T0 + 11 * MIN)).toMatchObject({ state: 'Failed', progress: 98, endTime: '2021-08-31T08:11:00.000Z', ...error });
  });

  it("gives a failure without an error object its type's failure text", () => {
    expect(renderTask(stored(run('failure')), T0 + 11 * MIN)).toMatchObject({ state: 'Failed', errorMessage: ['Failed to migrate VM storage to cloud'] });
  });

  it('shows a cancellation as Cancelling, then Cancelled, keeping the progress the task had when cancelled', () => {
    const at = T0 + MIN + MIN; // 10 % of the way
    const cancelled = cancelRun(run('success'), at);
    const snapshot = deriveTask({ ...migration, state: 'Cancelling', progress: 10 }, cancelled, at);
    const s = { id: 't-900', tenant: 'manager', task: snapshot, run: cancelled };
    expect(renderTask(s, at)).toMatchObject({ state: 'Cancelling', progress: 10, progressMessage: ['Cancelling storage migration'] });
    const end = renderTask(s, at + 60_000);
    expect(end).toMatchObject({ state: 'Cancelled', progress: 10, progressMessage: ['Storage migration cancelled'] });
    expect(end.errorMessage).toBeUndefined();
    expect(end.additionalInfo).toMatchObject({ MigrationProgressByteCount: 4 * 2 ** 30 });
  });

  it('serves the stored snapshot itself while the run shows its state and progress', () => {
    const s = stored(run('success'));
    expect(renderTask(s, T0)).toBe(s.task);
    expect(renderTask(s, T0 + MIN + 5 * MIN)).not.toBe(s.task);
  });

  it('serves a task without a run as stored, whatever the clock', () => {
    const task = { ...migration, state: 'Succeeded' as const, progress: 100 };
    expect(renderTask({ id: 't-900', tenant: 'manager', task, run: undefined }, T0 + 1e9)).toBe(task);
  });

  it("words a full migration by the step it is at, and writes the seed's key order", () => {
    const full: TaskDescription = { ...migration, additionalInfo: undefined, taskType: 'FullMigration', username: 'apiuser' };
    const t = renderTask(stored(run('success'), full), T0 + MIN + 5 * MIN);
    expect(t.progressMessage).toEqual(['Creating cloud disks']); // step 3 of 5 (PrepareToDetach), half done
    expect(Object.keys(t)).toEqual(['entity', 'id', 'progress', 'progressMessage', 'startTime', 'state', 'subTasks', 'taskType', 'username']);
  });
});
