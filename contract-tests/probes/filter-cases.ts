import { readPointer } from './json-pointer';
import type { FilterSpec } from './param-extensions';

export type CaseMatch = 'equals' | 'one-of' | 'contains' | 'not-before' | 'not-after' | 'narrows';

/**
 * One filter request the probe makes: a parameter (an `expression` parameter gives one case
 * per field), how an item is judged, and how a chosen value is written into the parameter.
 */
export interface FilterCase {
  /** `status`, or `filter(state)` for one field of an expression parameter. */
  readonly label: string;
  readonly param: string;
  readonly fields: readonly string[];
  readonly match: CaseMatch;
  readonly ignoreCase: boolean;
  readonly whenAbsent: 'no-match' | 'unknown';
  /** The value travels single-quoted, so a value holding `'` cannot be asked for. */
  readonly quoted: boolean;
  /** The parameter value that asks for items matching `value`. */
  encode(value: string): string;
}

export function filterCases(spec: FilterSpec): FilterCase[] {
  const base = { param: spec.param.name, ignoreCase: spec.ignoreCase, whenAbsent: spec.whenAbsent };
  if (spec.match !== 'expression') {
    return [{ ...base, label: spec.param.name, fields: spec.fields, match: spec.match, quoted: false, encode: (value) => value }];
  }
  // Astra's grammar (specs/astra.yaml `filter`): a dotted field path, `eq`, a single-quoted value.
  return spec.fields.map((field) => ({
    ...base,
    label: `${spec.param.name}(${field.slice(1).replace(/\//g, '.')})`,
    fields: [field],
    match: 'equals' as const,
    quoted: true,
    encode: (value: string) => `${field.slice(1).replace(/\//g, '.')} eq '${value}'`,
  }));
}

/** The scalar values at the case's fields, arrays searched element by element. */
export function fieldValues(item: unknown, fields: readonly string[]): (string | number | boolean)[] {
  const out: (string | number | boolean)[] = [];
  const add = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(add);
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') out.push(value);
  };
  for (const field of fields) add(readPointer(item, field));
  return out;
}

/**
 * The value to filter by, from the unfiltered items: the most common one (first seen on a
 * tie), so the filtered list is not empty; for times, the median, cut to whole seconds, so
 * both sides of the bound hold items. Undefined when no item has a usable value.
 */
export function chooseValue(filter: FilterCase, items: readonly unknown[]): string | undefined {
  if (filter.match === 'not-before' || filter.match === 'not-after') {
    const times = items.flatMap((item) => fieldValues(item, filter.fields).map(timeOf)).filter((t) => !Number.isNaN(t));
    if (times.length === 0) return undefined;
    times.sort((a, b) => a - b);
    return isoSeconds(times[Math.floor(times.length / 2)] as number);
  }
  const counts = new Map<string, number>();
  for (const item of items) {
    for (const value of new Set(fieldValues(item, filter.fields).map(String))) {
      if (value !== '' && !(filter.quoted && value.includes("'"))) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount) [best, bestCount] = [value, count];
  }
  return best;
}

/** Whether `item` matches the values sent: true, false, or undefined when it cannot be decided. */
export function itemMatches(filter: FilterCase, item: unknown, sent: readonly string[]): boolean | undefined {
  if (filter.match === 'narrows') return undefined;
  const values = fieldValues(item, filter.fields);
  if (values.length === 0) return filter.whenAbsent === 'unknown' ? undefined : false;
  const fold = (text: string): string => (filter.ignoreCase ? text.toLowerCase() : text);
  return values.some((raw) => {
    const value = fold(String(raw));
    switch (filter.match) {
      case 'equals':
      case 'one-of':
        return sent.some((s) => fold(s) === value);
      case 'contains':
        return sent.some((s) => value.includes(fold(s)));
      case 'not-before':
        return sent.every((s) => timeOf(raw) >= timeOf(s));
      case 'not-after':
        return sent.every((s) => timeOf(raw) <= timeOf(s));
    }
  });
}

/**
 * Epoch ms of a timestamp. A time without an offset is UTC (CBR's older bodies send
 * `2019-05-23T14:31:36.039418`, api-facts 7); fractions past milliseconds are cut, since
 * Date.parse would otherwise read such a string in the local time zone or not at all.
 */
export function timeOf(value: unknown): number {
  if (typeof value !== 'string') return NaN;
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:[.,](\d+))?(Z|[+-]\d{2}:?\d{2})?$/.exec(value);
  if (!match) return NaN;
  const [, head = '', fraction = '', zone = 'Z'] = match;
  const offset = zone === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return Date.parse(`${head}.${fraction.padEnd(3, '0').slice(0, 3)}${offset}`);
}

/** `2021-08-31T08:20:00Z`: the form time filters of these APIs take (CBR's `%YYYY-%mm-%ddT%HH:%MM:%SSZ`). */
export function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
