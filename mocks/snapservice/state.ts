import type { DialectSetup } from '../../src/dialect';
import type { ListItem, TaskStatus } from './list-item';
import { BoundedMemo } from '../../src/runtime/bounded-memo';
import type { JsonText } from '../../src/http/reply';
import { createSessionStore, type SessionStore } from './session-store';
import { usersFromSettings, type SnapserviceUser } from './users';

/** One task as the list needs it: the fields filters read, its place in the order, its JSON once. */
export interface TaskEntry {
  readonly task: string;
  readonly service: string;
  readonly operation: string;
  readonly status: TaskStatus;
  readonly user: string | undefined;
  /** Position in the list order: answers from an index are put back in order by it. */
  readonly rank: number;
  /** The `{task, info}` item serialised once at load; lists join these strings. */
  readonly json: string;
}

export interface SnapserviceState {
  /** Every task in list order. */
  readonly tasks: readonly TaskEntry[];
  readonly byId: ReadonlyMap<string, TaskEntry>;
  /** Tasks of each service, and of each service and status (`bucketKey`), in list order. */
  readonly buckets: ReadonlyMap<string, readonly TaskEntry[]>;
  readonly users: readonly SnapserviceUser[];
  readonly sessions: SessionStore;
  /**
   * Answers already built, by request URL. The task data never changes after load, so an answer
   * built once serves every later request with the same URL: joining the pre-serialised items
   * makes a rope string that V8 flattens on the first write, and that flattening (about 15 µs
   * for the default request's 27 KB) dominated our per-request cost. Sessions are checked
   * before the handler, so a kept answer is never served to a request that would not get it.
   */
  readonly answers: BoundedMemo<string, JsonText>;
}

/** Indexes the validated `tasks` fixture once: sorted, serialised, bucketed by service. */
export function createState(setup: DialectSetup): SnapserviceState {
  const ordered = (Array.from(setup.records['tasks'] ?? []) as ListItem[]).sort(compareListOrder);
  const tasks = ordered.map((item, rank): TaskEntry => ({
    task: item.task,
    service: item.info.service,
    operation: item.info.operation,
    status: item.info.status,
    user: item.info.user,
    rank,
    json: JSON.stringify(item),
  }));
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
  return {
    tasks,
    byId: new Map(tasks.map((entry) => [entry.task, entry])),
    buckets,
    users: usersFromSettings(setup.settings),
    sessions: createSessionStore(),
    answers: new BoundedMemo(512),
  };
}

/** The index key of a service's tasks, or of its tasks in one status (the default request's bucket). */
export function bucketKey(service: string, status?: string): string {
  return status === undefined ? service : `${service}\n${status}`;
}

/**
 * The order of `items` is not documented (api-facts 6.3); the spec decides `start_time`
 * descending with tasks not yet started (PENDING) first, then task identifier.
 */
export function compareListOrder(a: ListItem, b: ListItem): number {
  const startA = startKey(a);
  const startB = startKey(b);
  if (startA !== startB) return startA > startB ? -1 : 1;
  return a.task < b.task ? -1 : a.task > b.task ? 1 : 0;
}

function startKey(item: ListItem): number {
  return item.info.start_time === undefined ? Number.POSITIVE_INFINITY : Date.parse(item.info.start_time);
}
