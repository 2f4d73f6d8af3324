import type { Operation } from '../spec/operation';
import type { RawValues, RequestCheck, RequestInput } from './request-validator';

const MAX_ENTRIES = 512;

export type NormalizeQuery = (query: RawValues, op: Operation) => RawValues;

/**
 * Normalising and validating parameters are pure functions of the URL (and of the header
 * parameters the operation declares), and clients repeat the same requests, so the check is
 * remembered per URL: a repeated request costs a map lookup. The cache is bounded (oldest out
 * first) and holds checks only, never answers, so state changes are always seen. The input
 * is read only on a miss: a repeated request does not even parse its query string.
 */
export function memoRequestCheck(
  op: Operation,
  check: (input: RequestInput) => RequestCheck,
  normalize: NormalizeQuery | undefined,
): (url: string, readInput: () => RequestInput) => RequestCheck {
  const headerNames = op.parameters.filter((p) => p.in === 'header').map((p) => p.name.toLowerCase());
  const cache = new Map<string, RequestCheck>();
  return (url, readInput) => {
    const input = headerNames.length === 0 ? undefined : readInput();
    const key = input === undefined ? url : `${url}\n${headerNames.map((n) => String(input.headers?.[n] ?? '')).join('\n')}`;
    const hit = cache.get(key);
    if (hit) return hit;
    return store(key, input ?? readInput());
  };

  function store(key: string, input: RequestInput): RequestCheck {
    const query = normalize && input.query ? normalize(input.query, op) : input.query;
    const result = check({ ...input, query });
    if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
    cache.set(key, result);
    return result;
  }
}
