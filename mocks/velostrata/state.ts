import type { DialectSetup } from '../../src/dialect';
import type { JsonText } from '../../src/http/reply';
import { readCredentials, type Credentials } from './auth';
import { isActive } from './filters';
import { toSinglePage } from './paging';
import type { TaskDescription } from './task-description';
import { compareTasks } from './task-order';

/** One task and its JSON, serialised once at load so lists are joins of ready strings. */
export interface TaskEntry {
  readonly task: TaskDescription;
  readonly json: string;
}

export interface VelostrataState {
  /** Every task of the store, active or not, in list order (task-order.ts). */
  readonly tasks: readonly TaskEntry[];
  readonly byId: ReadonlyMap<string, TaskEntry>;
  /**
   * The whole answer of `GET /tasks`, ready to write. The active set changes only when a
   * task's state does, so it is built here, once, not per request.
   */
  readonly activePage: JsonText;
  readonly credentials: Credentials;
}

export function createState(setup: DialectSetup): VelostrataState {
  const records = Array.from((setup.records.tasks ?? []) as Iterable<TaskDescription>);
  const tasks = records.sort(compareTasks).map((task) => ({ task, json: JSON.stringify(task) }));
  const byId = new Map<string, TaskEntry>();
  for (const entry of tasks) if (entry.task.id?.value !== undefined) byId.set(entry.task.id.value, entry);
  return {
    tasks,
    byId,
    activePage: toActivePage(tasks),
    credentials: readCredentials(setup.settings),
  };
}

export function toActivePage(tasks: readonly TaskEntry[]): JsonText {
  return toSinglePage(tasks.filter((entry) => isActive(entry.task)).map((entry) => entry.json));
}
