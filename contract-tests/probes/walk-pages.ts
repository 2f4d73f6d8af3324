import type { Exchange } from '../contract-types';
import { urlFor, withQuery, withQueryString, type UrlParts } from '../url-for';
import { readPointer } from './json-pointer';
import type { PagingSpec } from './paging-extension';
import type { ProbeContext } from './probe-context';

export interface WalkPage {
  readonly exchange: Exchange;
  readonly items: readonly unknown[];
  /** The body's total (undefined when the spec names none or the body lacks it). */
  readonly total: unknown;
}

export interface Walk {
  readonly pages: readonly WalkPage[];
  /** Every exchange of the walk, a failed last one included. */
  readonly exchanges: readonly Exchange[];
  /** True when the walk reached the last page the paging style recognises. */
  readonly complete: boolean;
  /** Why the walk ended, in words (`last page reached`, `page budget of 50 spent ...`). */
  readonly stop: string;
}

/**
 * Walks a list page by page as its `x-taskmock-paging` says, from `parts` (the request
 * without paging parameters), up to `ctx.pageBudget` pages. Ends at a page shorter than the
 * page size (offset, page), at a page without a next token (cursor), after the one request
 * (none), at an answer that is not a list (an error, in any status), or at the budget.
 */
export async function walkPages(ctx: ProbeContext, probe: string, parts: UrlParts, paging: PagingSpec): Promise<Walk> {
  const headers = await ctx.authHeaders();
  const pages: WalkPage[] = [];
  const exchanges: Exchange[] = [];
  let cursor: string | undefined;
  for (let index = 0; index < ctx.pageBudget; index += 1) {
    const url = urlFor(pageParts(parts, paging, index, cursor));
    const exchange = await ctx.send(probe, { method: 'GET', path: url, headers });
    exchanges.push(exchange);
    const { response } = exchange;
    const items = readPointer(response.body, paging.items);
    if (response.status < 200 || response.status > 299 || !Array.isArray(items)) {
      const why = Array.isArray(items) ? `answered ${response.status}` : `answered ${response.status} without an item array at '${paging.items}'`;
      return { pages, exchanges, complete: false, stop: `page ${index + 1} ${why}` };
    }
    pages.push({ exchange, items, total: paging.total === undefined ? undefined : readPointer(response.body, paging.total) });
    if (paging.style === 'none') return { pages, exchanges, complete: true, stop: 'one request holds the whole list' };
    if (paging.style === 'cursor') {
      const next = readPointer(response.body, paging.nextCursor ?? '');
      if (typeof next !== 'string' || next === '') return { pages, exchanges, complete: true, stop: 'last page reached (no next token)' };
      cursor = next;
    } else if (items.length < paging.pageSize) {
      return { pages, exchanges, complete: true, stop: 'last page reached (a short page)' };
    }
  }
  return { pages, exchanges, complete: false, stop: `page budget of ${ctx.pageBudget} spent before the last page` };
}

/** The request for page `index` (0-based) of the walk. */
export function pageParts(parts: UrlParts, paging: PagingSpec, index: number, cursor?: string): UrlParts {
  let out = parts;
  const size = String(paging.pageSize);
  switch (paging.style) {
    case 'offset':
      out = withQuery(withQuery(out, paging.limitParam ?? '', [size]), paging.offsetParam ?? '', [String(index * paging.pageSize)]);
      break;
    case 'page':
      out = withQuery(withQuery(out, paging.pageParam ?? '', [String(index + paging.pageBase)]), paging.sizeParam ?? '', [size]);
      break;
    case 'cursor':
      if (paging.limitParam) out = withQuery(out, paging.limitParam, [size]);
      if (cursor !== undefined) out = withQuery(out, paging.cursorParam ?? '', [cursor]);
      break;
    case 'none':
      break;
  }
  return paging.totalQuery ? withQueryString(out, paging.totalQuery) : out;
}

/** The id of each item in walk order, with where it was (undefined ids are left out: the schema check reports them). */
export function walkIds(walk: Walk, paging: PagingSpec): { id: string; page: number; index: number }[] {
  const out: { id: string; page: number; index: number }[] = [];
  walk.pages.forEach((page, p) =>
    page.items.forEach((item, index) => {
      const id = readPointer(item, paging.id);
      if (id !== undefined && id !== null) out.push({ id: typeof id === 'string' ? id : JSON.stringify(id), page: p, index });
    }),
  );
  return out;
}
