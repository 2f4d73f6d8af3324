import { MockError } from '../../src/errors/mock-error';
import { SCALAR_FIELDS } from './task-fields';
import type { StoredTask } from './state';

export interface Ordering {
  readonly field: string;
  readonly descending: boolean;
}

/**
 * `orderBy=<field>[ desc]` as on Astra's other collections (api-facts 4.2; the separator may be a
 * space or a literal `%20`, as the vendor's pattern allows). Only top-level fields holding one
 * string or number can order a list; any other name → 400 problem 5.
 */
export function parseOrderBy(value: string): Ordering {
  const match = /^([0-9a-zA-Z]+)(?:(?: |%20)(desc))?$/.exec(value);
  const field = match?.[1] ?? value;
  if (!match || !SCALAR_FIELDS.has(field)) {
    const reason = `Unknown field '${field}': orderBy takes one of ${[...SCALAR_FIELDS].join(', ')}.`;
    throw new MockError('invalid_parameter', reason, { param: 'orderBy', reason });
  }
  return { field, descending: match[2] === 'desc' };
}

/**
 * A new array of the tasks in the given order, ties broken by `id` (spec, `orderBy`). Numbers
 * sort numerically, strings as strings; tasks without the field come last. `desc` reverses the
 * whole order, ties and missing values included: it is the ascending list read backwards.
 */
export function sortTasks(tasks: readonly StoredTask[], ordering: Ordering): StoredTask[] {
  const sign = ordering.descending ? -1 : 1;
  const key = (t: StoredTask): unknown => (t.task as unknown as Record<string, unknown>)[ordering.field];
  return [...tasks].sort((a, b) => sign * (compareValues(key(a), key(b)) || compareValues(a.task.id, b.task.id)));
}

function compareValues(a: unknown, b: unknown): number {
  if (a === undefined || a === null) return b === undefined || b === null ? 0 : 1;
  if (b === undefined || b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}
