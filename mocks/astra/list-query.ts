import { MockError } from '../../src/errors/mock-error';
import { compileFilter, type TaskPredicate } from './filters';
import { parseInclude } from './include';
import { parseOrderBy, type Ordering } from './order-by';
import { decodeContinue, queryFingerprint } from './paging';

/** The list parameters of one request, parsed once (their syntax was checked against the spec). */
export interface ListQuery {
  readonly predicate: TaskPredicate | undefined;
  readonly include: readonly string[] | undefined;
  readonly ordering: Ordering | undefined;
  /** Offset of the first task of the page: the `continue` token's, else `skip`, else 0. */
  readonly start: number;
  readonly limit: number | undefined;
  readonly count: boolean;
  /** Identifies which tasks this listing holds (account, filter, orderBy), for continue tokens. */
  readonly fingerprint: string;
}

/**
 * Reads the validated query. `limit`, `skip` and `count` are strings in the vendor's API
 * (query_limit, query_skip, query_count; api-facts 4.2). `include` and `limit` may change
 * between pages; `filter` and `orderBy` may not (the token is refused, 400 problem 5). With
 * `continue`, `skip` is not applied again: the token's offset already counts it.
 */
export function readListQuery(query: Readonly<Record<string, unknown>>, accountId: string): ListQuery {
  const filters = query['filter'] as readonly string[] | undefined;
  const orderBy = query['orderBy'] as string | undefined;
  const fingerprint = queryFingerprint([accountId, ...(filters ?? []), '', orderBy ?? '']);
  const token = query['continue'] as string | undefined;
  return {
    predicate: filters ? compileFilter(filters) : undefined,
    include: query['include'] === undefined ? undefined : parseInclude(query['include'] as string),
    ordering: orderBy === undefined ? undefined : parseOrderBy(orderBy),
    start: token === undefined ? toCount(query['skip']) : resumeAt(token, fingerprint),
    limit: query['limit'] === undefined ? undefined : toCount(query['limit']),
    count: query['count'] === 'true',
    fingerprint,
  };
}

function toCount(value: unknown): number {
  return value === undefined ? 0 : Number(value);
}

function resumeAt(token: string, fingerprint: string): number {
  const offset = decodeContinue(token, fingerprint);
  if (offset === undefined) {
    const reason = 'Value is not a continue token of this listing (same account, filter and orderBy).';
    throw new MockError('invalid_parameter', reason, { param: 'continue', reason });
  }
  return offset;
}
