import type { DialectSetup } from '../../src/dialect';
import type { StoredTask, TaskSource } from '../../src/state/stored-task';
import { readCredentials } from './auth';
import { isActive } from './filters';
import { inferRun } from './infer-run';
import { MANAGER_TENANT, type VelostrataBase } from './state';
import type { TaskDescription } from './task-description';
import { compareTasks } from './task-order';

/**
 * The base of a loaded data set: every record in list order, a run for each one still at work
 * at the data set's moment (infer-run.ts), and the JSON of the others, serialised once.
 */
export function createBase(setup: DialectSetup): VelostrataBase {
  const records = Array.from((setup.records.tasks ?? []) as Iterable<TaskDescription>).sort(compareTasks);
  const tasks: StoredTask[] = records.map((task, index) => ({
    id: task.id?.value ?? `#${index}`,
    tenant: MANAGER_TENANT,
    task,
    run: isActive(task) ? inferRun(task, setup.loadedAt) : undefined,
  }));
  const indexById = new Map<string, number>();
  const json: (string | undefined)[] = [];
  const live: number[] = [];
  const staticActive: number[] = [];
  tasks.forEach((stored, index) => {
    indexById.set(stored.id, index);
    json.push(stored.run === undefined ? JSON.stringify(stored.task) : undefined);
    if (stored.run !== undefined) live.push(index);
    else if (isActive(stored.task as TaskDescription)) staticActive.push(index);
  });
  return { tasks, source: sourceOf(tasks, indexById), indexById, json, live, staticActive, credentials: readCredentials(setup.settings) };
}

function sourceOf(tasks: readonly StoredTask[], indexById: ReadonlyMap<string, number>): TaskSource {
  const at = (index: number): StoredTask => {
    const task = tasks[index];
    if (task === undefined) throw new RangeError(`no task at ${index}`);
    return task;
  };
  return {
    size: tasks.length,
    at,
    get: (id) => {
      const index = indexById.get(id);
      return index === undefined ? undefined : at(index);
    },
  };
}
