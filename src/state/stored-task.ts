import type { Run } from './run';

/**
 * One task as the store holds it: the record in the vendor's own shape (as created or loaded,
 * valid against the vendor's task schema), its tenant, and its run. Without a run the task is
 * static: served as stored, whatever the clock says (a finished task of the data set).
 */
export interface StoredTask {
  readonly id: string;
  readonly tenant: string;
  readonly task: unknown;
  readonly run: Run | undefined;
}

/**
 * The tasks of a loaded data set, immutable, as a vendor's base exposes them to the core (the
 * admin API lists and reads through it; nothing writes to it). `at` follows a stable order.
 */
export interface TaskSource {
  readonly size: number;
  at(index: number): StoredTask;
  get(id: string): StoredTask | undefined;
  /**
   * Where a task lies (-1: not loaded), and the indexes of one tenant's tasks in order: with
   * both, a listing decodes only the tasks on its page (a million-task base is not walked
   * task by task).
   */
  indexOf?(id: string): number;
  indexesOf?(tenant: string): ArrayLike<number>;
}

export const EMPTY_SOURCE: TaskSource = { size: 0, at: () => { throw new RangeError('empty task source'); }, get: () => undefined };

/** A source over an array, indexed by id once: for vendors whose base is a few thousand tasks. */
export function arraySource(tasks: readonly StoredTask[]): TaskSource {
  const byId = new Map(tasks.map((task) => [task.id, task]));
  const indexById = new Map(tasks.map((task, i) => [task.id, i]));
  return {
    size: tasks.length,
    indexOf: (id) => indexById.get(id) ?? -1,
    at: (index) => {
      const task = tasks[index];
      if (!task) throw new RangeError(`no task at ${index}`);
      return task;
    },
    get: (id) => byId.get(id),
  };
}
