import type { RawValues } from '../../src/validation/request-validator';
import { FILTER_PARAMS } from './filters';

const ARRAY_PARAMS: ReadonlySet<string> = new Set(FILTER_PARAMS);

/**
 * Clients send array filters as repeated keys (`status=RUNNING&status=FAILED`, api-facts 3.2);
 * taskmock also accepts `status=RUNNING,FAILED` (decisions.md, Snapservice) by splitting every
 * value of the array parameters on commas before validation. Empty pieces are kept, so
 * `services=a,,b` fails validation like `services=` does instead of being silently dropped.
 */
export function splitCommaLists(query: RawValues): RawValues {
  let out: Record<string, string | string[] | undefined> | undefined;
  for (const [key, value] of Object.entries(query)) {
    if (!ARRAY_PARAMS.has(key) || value === undefined) continue;
    const values = Array.isArray(value) ? value : [value];
    if (!values.some((v) => v.includes(','))) continue;
    out ??= { ...query };
    out[key] = values.flatMap((v) => v.split(','));
  }
  return out ?? query;
}
