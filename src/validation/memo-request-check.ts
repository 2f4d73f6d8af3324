import type { Operation } from '../spec/operation';
import type { RawValues, RequestCheck, RequestInput } from './request-validator';

const MAX_ENTRIES = 512;

export type NormalizeQuery = (query: RawValues, op: Operation) => RawValues;

/**
 * Normalising and validating parameters are pure functions of the URL (and of the header
 * parameters the operation declares), and clients repeat the same requests, so the check is
 * remembered per URL: a repeated request costs a map lookup. The cache is bounded (oldest out
 * first) and holds checks only, never answers, so state changes are always seen.
 */
export function memoRequestCheck(
  op: Operation,
  check: (input: RequestInput) => RequestCheck,
  normalize: NormalizeQuery | undefined,
): (url: string, input: RequestInput) => RequestCheck {
  const headerNames = op.parameters.filter((p) => p.in === 'header').map((p) => p.name.toLowerCase());
  const cache = new Map<string, RequestCheck>();
  return (url, input) => {
    const key = headerNames.length === 0 ? url : `${url}\n${headerNames.map((n) => String(input.headers?.[n] ?? '')).join('\n')}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const query = normalize && input.query ? normalize(input.query, op) : input.query;
    const result = check({ ...input, query });
    if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
    cache.set(key, result);
    return result;
  };
}
