import type { DialectSetup } from '../../src/dialect';
import { JsonItemBlocks } from '../../src/http/json-item-blocks';
import type { StoredTask, TaskSource } from '../../src/state/stored-task';
import { inferRun } from './infer-run';
import { indexTask, newestFirst, type IndexedTask } from './indexed-task';
import { createInventory, type Inventory } from './inventory';
import { readSettings, type VsphereSettings } from './settings';
import type { TaskItem } from './types';

/**
 * The loaded data set, built once and never changed: every view (view.ts) reads it. Loaded
 * tasks not finished at the data set's moment carry a run (infer-run.ts) and are rendered by
 * each view; the others are served from the bytes encoded here.
 */
export interface VsphereBase {
  readonly settings: VsphereSettings;
  readonly inventory: Inventory;
  /** Every entity the loaded tasks name, once: a view that adds entities builds its inventory from these. */
  readonly entities: readonly string[];
  /** Every loaded task, newest first (create_time desc, then key desc): sorted once, here. */
  readonly tasks: readonly IndexedTask[];
  /** The loaded tasks' JSON in the order of `tasks`. */
  readonly blocks: JsonItemBlocks;
  readonly byId: ReadonlyMap<string, IndexedTask>;
  /** Reference → the loaded tasks of it and everything beneath it, newest first. */
  readonly byScope: ReadonlyMap<string, readonly IndexedTask[]>;
  /** The loaded tasks without a run that finished, by completion time, oldest first (the recent window is a suffix). */
  readonly finished: readonly IndexedTask[];
  /** The loaded tasks with a run, newest first: few (the ones queued or running at load). */
  readonly live: readonly IndexedTask[];
  /** Queue times of the loaded tasks without a run, ascending: a clock set back sees them appear again. */
  readonly queueTimes: Float64Array;
}

export function createBase(setup: DialectSetup): VsphereBase {
  const items = Array.from((setup.records['tasks'] ?? []) as Iterable<TaskItem>).sort(newestFirst);
  const entities = [...new Set(items.map((item) => item.entity))];
  const inventory = createInventory(entities);
  // Encoded in list order: neighbours in the full list are neighbours in memory, so its pages
  // are one slice each (JsonItemBlocks).
  const blocks = new JsonItemBlocks();
  const tasks = items.map((item) => indexTask(item.key, item, inferRun(item, setup.loadedAt), inventory, blocks.add(JSON.stringify(item))));
  const byScope = new Map<string, IndexedTask[]>();
  for (const task of tasks) {
    for (const scope of task.scopes) {
      const list = byScope.get(scope);
      if (list) list.push(task);
      else byScope.set(scope, [task]);
    }
  }
  const still = tasks.filter((t) => t.run === undefined);
  return {
    settings: readSettings(setup.settings),
    inventory,
    entities,
    tasks,
    byId: new Map(tasks.map((task) => [task.id, task])),
    blocks,
    byScope,
    finished: still.filter((t) => t.completedMs !== null).sort((a, b) => (a.completedMs ?? 0) - (b.completedMs ?? 0)),
    live: tasks.filter((t) => t.run !== undefined),
    queueTimes: Float64Array.from(still, (t) => t.queuedMs).sort(),
  };
}

/**
 * The loaded tasks as the core reads them (admin API, snapshots), in list order. The stored
 * form is made on demand: a million-task base keeps one object per task, not two. Every task
 * belongs to the one vSphere the platform manages (its `vsphere_uuid`).
 */
export function baseTasks(base: VsphereBase): TaskSource {
  const stored = (task: IndexedTask): StoredTask => ({ id: task.id, tenant: base.settings.vsphereUuid, task: task.item, run: task.run });
  return {
    size: base.tasks.length,
    at: (index) => {
      const task = base.tasks[index];
      if (!task) throw new RangeError(`no task at ${index}`);
      return stored(task);
    },
    get: (id) => {
      const task = base.byId.get(id);
      return task && stored(task);
    },
  };
}
