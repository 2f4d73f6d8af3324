import { MockError } from '../../src/errors/mock-error';
import { hasOwn, TASK_FIELDS, type FieldNode } from './task-fields';

/** A compiled `filter`: true when the task passes every condition. */
export type TaskPredicate = (task: object) => boolean;

export type FilterOp = 'eq' | 'lt' | 'gt' | 'lte' | 'gte' | 'in';

interface Segment {
  readonly name: string;
  readonly wildcard: boolean;
}

/**
 * One `<field>[.<sub>]* <op> '<value>'` condition (seed 003; api-facts 4.2). The separator is a
 * space or a literal `%20` (the vendor's `( |%20)`, which admits a double-encoded space); the
 * value is anything but `'`. Conditions are joined by commas, so a comma inside quotes is data.
 */
const CONDITION = /([0-9a-zA-Z]+(?:\[\*\])?(?:\.[0-9a-zA-Z]+(?:\[\*\])?)*)(?: |%20)(eq|lt|gt|lte|gte|in)(?: |%20)'([^']+)'/y;

export const FILTER_SYNTAX_REASON = "is not a list of <field> <op> '<value>' conditions with op one of eq, lt, gt, lte, gte, in.";

/**
 * Compiles the `filter` values of one request (repeated parameters and comma-joined conditions
 * all must hold, decisions.md "Astra") into one predicate, parsing each value once. A syntax
 * error or a field tasks do not have → `invalid_parameter` naming `filter` (400 problem 5).
 */
export function compileFilter(values: readonly string[]): TaskPredicate {
  const conditions: TaskPredicate[] = [];
  for (const value of values) {
    let at = 0;
    for (;;) {
      CONDITION.lastIndex = at;
      const match = CONDITION.exec(value);
      if (!match) throw badFilter(`Value "${value}" ${FILTER_SYNTAX_REASON}`);
      const [, path = '', op = 'eq', literal = ''] = match;
      conditions.push(compileCondition(parsePath(path), op as FilterOp, literal));
      at = CONDITION.lastIndex;
      if (at === value.length) break;
      if (value[at] !== ',') throw badFilter(`Value "${value}" ${FILTER_SYNTAX_REASON}`);
      at += 1;
    }
  }
  if (conditions.length === 1) return conditions[0] as TaskPredicate;
  return (task) => conditions.every((condition) => condition(task));
}

function parsePath(path: string): readonly Segment[] {
  const segments = path.split('.').map((part) => {
    const wildcard = part.endsWith('[*]');
    return { name: wildcard ? part.slice(0, -3) : part, wildcard };
  });
  let node: FieldNode | undefined;
  let fields: Readonly<Record<string, FieldNode>> | undefined = TASK_FIELDS;
  for (const segment of segments) {
    if (node?.kind === 'open') return segments; // free-form object: any sub-field
    node = fields && hasOwn(fields, segment.name) ? fields[segment.name] : undefined;
    if (!node) throw badFilter(`Unknown field '${path}'.`);
    if (segment.wildcard && !node.array) throw badFilter(`Field '${segment.name}' is not an array, so '[*]' cannot follow it.`);
    fields = node.children;
  }
  if (node?.kind === 'object') throw badFilter(`Field '${path}' is an object: name one of its fields.`);
  return segments;
}

/**
 * A condition holds when ANY value found at the path satisfies it: arrays on the way are
 * searched element by element, with or without `[*]` (which only documents the intent).
 * Strings compare as strings (timestamps sort lexicographically, api-facts 4.7); a number field
 * compares numerically when the value is a number, else as text. `in` is a substring test
 * (the toolkit's `cn in 'x'` partial match, api-facts 4.7), so on an array it is also a member
 * test. A missing field matches nothing.
 */
function compileCondition(path: readonly Segment[], op: FilterOp, literal: string): TaskPredicate {
  const compare = comparator(op, literal);
  const first = path[0]?.name ?? '';
  if (path.length === 1) {
    return (task) => {
      const value: unknown = (task as Record<string, unknown>)[first];
      return Array.isArray(value) ? value.some(compare) : compare(value);
    };
  }
  const names = path.map((segment) => segment.name);
  return (task) => anyAt(task, names, 0, compare);
}

function anyAt(value: unknown, names: readonly string[], index: number, test: (leaf: unknown) => boolean): boolean {
  if (Array.isArray(value)) return value.some((item) => anyAt(item, names, index, test));
  if (index === names.length) return test(value);
  if (value === null || typeof value !== 'object') return false;
  return anyAt((value as Record<string, unknown>)[names[index] as string], names, index + 1, test);
}

function comparator(op: FilterOp, literal: string): (value: unknown) => boolean {
  const number = literal.trim() === '' ? NaN : Number(literal);
  return (value) => {
    if (typeof value === 'number' && !Number.isNaN(number) && op !== 'in') return holds(op, value, number);
    if (typeof value === 'number') return holds(op, String(value), literal);
    return typeof value === 'string' && holds(op, value, literal);
  };
}

function holds<T extends string | number>(op: FilterOp, actual: T, expected: T): boolean {
  switch (op) {
    case 'eq':
      return actual === expected;
    case 'lt':
      return actual < expected;
    case 'gt':
      return actual > expected;
    case 'lte':
      return actual <= expected;
    case 'gte':
      return actual >= expected;
    case 'in':
      return String(actual).includes(String(expected));
  }
}

function badFilter(reason: string): MockError {
  return new MockError('invalid_parameter', reason, { param: 'filter', reason });
}
