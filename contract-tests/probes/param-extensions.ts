import type { Operation } from '../../src/spec/operation';
import type { ParameterObject } from '../../src/spec/openapi-types';
import { SpecExtensionError } from './extension-error';
import { isPointer } from './json-pointer';

/**
 * What "an item matches the filter" means (specs/README.md, `x-taskmock-filter`):
 * - `equals`, `one-of` (an array parameter: the item's value is one of those sent),
 *   `contains` (substring; `ignoreCase` optional): on the value(s) at `field`;
 * - `not-before`, `not-after`: the time at `field` is at or after / at or before the value;
 * - `expression`: Astra-style `<field> eq '<value>'`, one condition per listed field;
 * - `narrows`: the items carry nothing to compare with, so only "a subset of the unfiltered
 *   list" can be checked (the probe sends the parameter's example).
 */
export type FilterMatch = 'equals' | 'one-of' | 'contains' | 'not-before' | 'not-after' | 'expression' | 'narrows';

export interface FilterSpec {
  readonly param: ParameterObject;
  /** Pointers inside an item; an item matches when any of them does. Empty for `narrows`. */
  readonly fields: readonly string[];
  readonly match: FilterMatch;
  readonly ignoreCase: boolean;
  /** An item without the field: no match (default), or undecidable (`unknown`: judged by neither side). */
  readonly whenAbsent: 'no-match' | 'unknown';
}

export interface ProjectionSpec {
  readonly param: ParameterObject;
  /** `values-array`: the parameter is a comma list of top-level fields; each item becomes the array of their values in that order, null where absent. */
  readonly style: 'values-array';
}

const MATCHES: readonly FilterMatch[] = ['equals', 'one-of', 'contains', 'not-before', 'not-after', 'expression', 'narrows'];

/** Every query parameter of `op` carrying `x-taskmock-filter`, in declaration order. */
export function filtersOf(op: Operation): FilterSpec[] {
  const out: FilterSpec[] = [];
  for (const param of op.parameters) {
    const raw = extension(param, 'x-taskmock-filter');
    if (raw === undefined) continue;
    const where = `specs/${op.vendor}.yaml ${op.operationId} parameter ${param.name} x-taskmock-filter`;
    if (param.in !== 'query') throw new SpecExtensionError(where, 'only query parameters filter');
    if (!isObject(raw)) throw new SpecExtensionError(where, 'must be an object');
    const match = raw['match'];
    if (!MATCHES.includes(match as FilterMatch)) throw new SpecExtensionError(where, `match must be one of ${MATCHES.join(', ')}`);
    const field = raw['field'];
    const fields = field === undefined ? [] : Array.isArray(field) ? field : [field];
    if (!fields.every(isPointer)) throw new SpecExtensionError(where, 'field must be a JSON pointer or a list of them');
    if ((match === 'narrows') !== (fields.length === 0)) throw new SpecExtensionError(where, 'field is required, except with match narrows');
    const whenAbsent = raw['whenAbsent'] ?? 'no-match';
    if (whenAbsent !== 'no-match' && whenAbsent !== 'unknown') throw new SpecExtensionError(where, 'whenAbsent must be no-match or unknown');
    out.push({ param, fields, match: match as FilterMatch, ignoreCase: raw['ignoreCase'] === true, whenAbsent });
  }
  return out;
}

/** The query parameter carrying `x-taskmock-projection`, if any. */
export function projectionOf(op: Operation): ProjectionSpec | undefined {
  const found = op.parameters.filter((p) => extension(p, 'x-taskmock-projection') !== undefined);
  const param = found[0];
  if (!param) return undefined;
  const where = `specs/${op.vendor}.yaml ${op.operationId} parameter ${param.name} x-taskmock-projection`;
  const raw = extension(param, 'x-taskmock-projection');
  if (found.length > 1) throw new SpecExtensionError(where, 'one projection parameter per operation');
  if (!isObject(raw) || raw['style'] !== 'values-array') throw new SpecExtensionError(where, 'style must be values-array');
  if (param.in !== 'query') throw new SpecExtensionError(where, 'must be a query parameter');
  return { param, style: 'values-array' };
}

function extension(param: ParameterObject, key: string): unknown {
  // The loader keeps a parameter object as written, so its `x-` keys are still there.
  return (param as unknown as Record<string, unknown>)[key];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
