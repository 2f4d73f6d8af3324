import type { DialectSetup } from '../../src/dialect';
import { arraySource, type StoredTask, type TaskSource } from '../../src/state/stored-task';
import type { ListItem } from './list-item';
import { loadedRun } from './loaded-run';
import { RenderedEntries } from './rendered-entries';
import { compareListOrder, toTaskEntry } from './task-entry';
import { indexEntries, type TaskIndex } from './task-index';
import { APPLIANCE } from './complete-task';
import { usersFromSettings, type SnapserviceUser } from './users';

/** The loaded data set, never changed after start-up: what every view is built from. */
export interface SnapserviceBase {
  readonly users: readonly SnapserviceUser[];
  /** Every loaded task, in list order as loaded. */
  readonly source: TaskSource;
  /** The loaded tasks without a run (finished: they never change), indexed and serialised once. */
  readonly fixed: TaskIndex;
  /** The loaded tasks with a run: each view renders them at its moment. */
  readonly moving: readonly StoredTask[];
  /** Renderings of tasks with runs, by task object (rendered-entries.ts): shared by the views. */
  readonly rendered: RenderedEntries;
}

/**
 * Reads the validated `tasks` fixture once: a task in flight at `loadedAt` gets the run its
 * fields imply (loaded-run.ts); the others are indexed and serialised here, once for all views.
 */
export function createBase(setup: DialectSetup): SnapserviceBase {
  const items = (Array.from(setup.records['tasks'] ?? []) as ListItem[]).sort(compareListOrder);
  const tasks = items.map((item): StoredTask => ({ id: item.task, tenant: APPLIANCE, task: item, run: loadedRun(item, setup.loadedAt) }));
  return {
    users: usersFromSettings(setup.settings),
    source: arraySource(tasks),
    fixed: indexEntries(tasks.filter((task) => task.run === undefined).map((task) => toTaskEntry(task.task as ListItem))),
    moving: tasks.filter((task) => task.run !== undefined),
    rendered: new RenderedEntries(),
  };
}
