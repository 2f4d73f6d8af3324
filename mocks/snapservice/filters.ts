import { MockError } from '../../src/errors/mock-error';
import type { SnapserviceState } from './state';
import { compareEntries, type TaskEntry } from './task-entry';
import { bucketKey, type TaskIndex } from './task-index';

/** The Snapservice Tasks FilterSpec, flattened into query parameters (api-facts 3.2). */
export const FILTER_PARAMS = ['tasks', 'operations', 'services', 'status', 'users'] as const;
type FilterParam = (typeof FILTER_PARAMS)[number];

/** Each given filter as a set; an absent or empty one is undefined and matches every task (seed 002). */
export type TaskFilter = Readonly<Partial<Record<FilterParam, ReadonlySet<string>>>>;

/**
 * The name of the operation's single input in the vendor's binding (`filter: Tasks.FilterSpec`,
 * api-facts 3.1): the parameter a missing-filter error is about.
 */
export const FILTER_INPUT = 'filter';

/** "ResourceInaccessible if ... over 1000 tasks matching the Snapservice Tasks FilterSpec" (seed 002). */
export const MAX_MATCHES = 1000;

/**
 * Builds the filter from validated query values. "Currently at least one of FilterSpec.tasks or
 * FilterSpec.services must be specified and not empty" (binding docstring, api-facts 3.1), so
 * decisions.md answers 400 INVALID_ARGUMENT when both are missing.
 */
export function toTaskFilter(query: Readonly<Record<string, unknown>>): TaskFilter {
  const filter: Partial<Record<FilterParam, ReadonlySet<string>>> = {};
  for (const name of FILTER_PARAMS) {
    const value = query[name];
    if (Array.isArray(value) && value.length > 0) filter[name] = new Set(value.map(String));
  }
  if (!filter.tasks && !filter.services) {
    throw new MockError('invalid_parameter', "at least one of 'tasks' or 'services' must be specified and not empty", {
      param: FILTER_INPUT,
      reason: "at least one of 'tasks' or 'services' must be specified and not empty",
    });
  }
  return filter;
}

/** A task matches when it matches every given filter; within one filter any listed value matches. */
export function matchesFilter(entry: TaskEntry, filter: TaskFilter): boolean {
  return (
    (!filter.tasks || filter.tasks.has(entry.task)) &&
    (!filter.services || filter.services.has(entry.service)) &&
    (!filter.operations || filter.operations.has(entry.operation)) &&
    (!filter.status || filter.status.has(entry.status)) &&
    (!filter.users || (entry.user !== undefined && filter.users.has(entry.user)))
  );
}

/**
 * The matching tasks in list order. More than `limit` matches is 500 RESOURCE_INACCESSIBLE and
 * never a partial list (seed 002; decisions.md): the scan stops at the first match over the limit.
 */
export function selectTasks(state: SnapserviceState, filter: TaskFilter, limit = MAX_MATCHES): readonly TaskEntry[] {
  const matches: TaskEntry[] = [];
  for (const entry of candidates(state, filter)) {
    if (!matchesFilter(entry, filter)) continue;
    matches.push(entry);
    if (matches.length > limit) {
      throw new MockError('too_many_results', `more than ${limit} tasks match the filter`);
    }
  }
  return matches;
}

/**
 * Every possible match in list order: the loaded finished tasks (less those changed since) and
 * the view's rendered ones, each read from its indexes, merged.
 */
function candidates(state: SnapserviceState, filter: TaskFilter): readonly TaskEntry[] {
  const hidden = state.hidden;
  const fixed = candidatesIn(state.fixed, filter);
  const kept = hidden.size === 0 ? fixed : fixed.filter((entry) => !hidden.has(entry.task));
  return mergeInOrder(kept, candidatesIn(state.live, filter));
}

/**
 * A list in order that holds every match of one index: the named tasks, or the buckets of the
 * named services (by status when one is given), or everything when those are most of it.
 */
function candidatesIn(index: TaskIndex, filter: TaskFilter): readonly TaskEntry[] {
  if (index.tasks.length === 0) return index.tasks;
  if (filter.tasks) return [...filter.tasks].flatMap((id) => index.byId.get(id) ?? []).sort(compareEntries);
  const services = filter.services ? [...filter.services] : [];
  const statuses = filter.status ? [...filter.status] : [undefined];
  const buckets = services.flatMap((service) => statuses.map((status) => index.buckets.get(bucketKey(service, status)) ?? []));
  if (buckets.length === 1) return buckets[0] ?? [];
  const size = buckets.reduce((sum, bucket) => sum + bucket.length, 0);
  return size * 2 > index.tasks.length ? index.tasks : buckets.flat().sort(compareEntries);
}

function mergeInOrder(a: readonly TaskEntry[], b: readonly TaskEntry[]): readonly TaskEntry[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out: TaskEntry[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(compareEntries(a[i] as TaskEntry, b[j] as TaskEntry) <= 0 ? (a[i++] as TaskEntry) : (b[j++] as TaskEntry));
  while (i < a.length) out.push(a[i++] as TaskEntry);
  while (j < b.length) out.push(b[j++] as TaskEntry);
  return out;
}
