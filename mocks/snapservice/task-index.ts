import { compareEntries, type TaskEntry } from './task-entry';

/** Tasks in list order, by id, and bucketed by service and by service and status. */
export interface TaskIndex {
  readonly tasks: readonly TaskEntry[];
  readonly byId: ReadonlyMap<string, TaskEntry>;
  /** Tasks of each service, and of each service and status (`bucketKey`), in list order. */
  readonly buckets: ReadonlyMap<string, readonly TaskEntry[]>;
}

export const EMPTY_INDEX: TaskIndex = { tasks: [], byId: new Map(), buckets: new Map() };

/** Indexes entries (sorted here into the list order). */
export function indexEntries(entries: TaskEntry[]): TaskIndex {
  if (entries.length === 0) return EMPTY_INDEX;
  const tasks = entries.sort(compareEntries);
  const buckets = new Map<string, TaskEntry[]>();
  const add = (key: string, entry: TaskEntry) => {
    const bucket = buckets.get(key);
    if (bucket) bucket.push(entry);
    else buckets.set(key, [entry]);
  };
  for (const entry of tasks) {
    add(bucketKey(entry.service), entry);
    add(bucketKey(entry.service, entry.status), entry);
  }
  return { tasks, byId: new Map(tasks.map((entry) => [entry.task, entry])), buckets };
}

/** The index key of a service's tasks, or of its tasks in one status (the default request's bucket). */
export function bucketKey(service: string, status?: string): string {
  return status === undefined ? service : `${service}\n${status}`;
}
