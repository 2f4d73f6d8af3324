import type { ListItem, TaskStatus } from './list-item';

/** One task as the list needs it: the fields filters read, its place in the order, its JSON once. */
export interface TaskEntry {
  readonly task: string;
  readonly service: string;
  readonly operation: string;
  readonly status: TaskStatus;
  readonly user: string | undefined;
  /** Epoch ms of `start_time`; Infinity while not started (PENDING first in the list order). */
  readonly startMs: number;
  /** The `{task, info}` item serialised once; lists join these strings. */
  readonly json: string;
}

/** What the list order reads of a task. */
type Ordered = Pick<TaskEntry, 'task' | 'startMs'>;

/** The entry of a task as it is shown (a stored task rendered at the view's moment). */
export function toTaskEntry(item: ListItem): TaskEntry {
  return {
    task: item.task,
    service: item.info.service,
    operation: item.info.operation,
    status: item.info.status,
    user: item.info.user,
    startMs: item.info.start_time === undefined ? Number.POSITIVE_INFINITY : Date.parse(item.info.start_time),
    json: JSON.stringify(item),
  };
}

/**
 * The order of `items` is not documented (api-facts 6.3); the spec decides `start_time`
 * descending with tasks not yet started (PENDING) first, then task identifier.
 */
export function compareEntries(a: Ordered, b: Ordered): number {
  if (a.startMs !== b.startMs) return a.startMs > b.startMs ? -1 : 1;
  return a.task < b.task ? -1 : a.task > b.task ? 1 : 0;
}

/**
 * The task's `info` JSON, cut out of the item's (`{"task":<id>,"info":<info>}`): what
 * `GET /api/snapservice/tasks/{task}` answers, without serialising the task again.
 */
export function infoJson(entry: TaskEntry): string {
  return entry.json.slice(`{"task":${JSON.stringify(entry.task)},"info":`.length, -1);
}

/** The list order of items (compareEntries), for the generator's data set. */
export function compareListOrder(a: ListItem, b: ListItem): number {
  return compareEntries(orderKey(a), orderKey(b));
}

function orderKey(item: ListItem): Ordered {
  return { task: item.task, startMs: item.info.start_time === undefined ? Number.POSITIVE_INFINITY : Date.parse(item.info.start_time) };
}
