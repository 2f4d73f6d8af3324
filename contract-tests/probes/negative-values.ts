import type { ParameterObject } from '../../src/spec/openapi-types';
import { acceptsValue, paramSchema, resolveSchema } from './param-check';
import type { ProbeContext } from './probe-context';

export type BadKind = 'malformed' | 'out-of-range' | 'not-in-enum' | 'not-a-date';

export interface BadValue {
  readonly kind: BadKind;
  readonly value: string;
}

/** Candidates for a value that breaks a pattern or a format; the first the spec refuses is sent. */
const MALFORMED = ['not valid!', '!', 'x', '0'];

/**
 * A value the parameter's own schema refuses, one per way it can be broken: outside its enum,
 * not a date for a date-time, one past its maximum (or below its minimum), or breaking its
 * pattern or format. Each is checked against the shared compiled request validator, so only
 * values the spec really refuses are sent; a parameter the spec constrains in no such way
 * (a free-text filter) gives none.
 */
export function badValues(ctx: ProbeContext, param: ParameterObject): BadValue[] {
  const outer = paramSchema(ctx, param);
  const schema = outer['type'] === 'array' ? resolveSchema(ctx, outer['items']) : outer;
  const candidates: BadValue[] = [];
  if (Array.isArray(schema['enum'])) candidates.push({ kind: 'not-in-enum', value: 'taskmock-not-in-enum' });
  if (schema['format'] === 'date-time') candidates.push({ kind: 'not-a-date', value: 'not-a-date' });
  if (schema['type'] === 'integer' || schema['type'] === 'number') {
    const { maximum, minimum } = schema;
    if (typeof maximum === 'number') candidates.push({ kind: 'out-of-range', value: String(maximum + 1) });
    else if (typeof minimum === 'number') candidates.push({ kind: 'out-of-range', value: String(minimum - 1) });
    else candidates.push({ kind: 'malformed', value: 'not-a-number' });
  } else if (typeof schema['pattern'] === 'string' || (typeof schema['format'] === 'string' && schema['format'] !== 'date-time')) {
    const value = MALFORMED.find((candidate) => !acceptsValue(ctx, param, [candidate]));
    if (value !== undefined) candidates.push({ kind: 'malformed', value });
  }
  return candidates.filter((bad) => !acceptsValue(ctx, param, [bad.value]));
}
