/**
 * `limit`/`offset` paging of ListOpLogs: limit 1..1000, default 1000; offset >= 0, default 0,
 * an item offset (decisions.md CBR; api-facts 5.5: the seed's request table says offset
 * "minimum 1" but its response table says "minimum 0, default 0", and the response table wins).
 * Ranges are enforced by the spec's parameter schemas before the handler runs.
 */
export const DEFAULT_LIMIT = 1000;
export const DEFAULT_OFFSET = 0;

export interface PageWindow {
  readonly limit: number;
  readonly offset: number;
}

/** The effective window of a validated query: the values the response echoes. */
export function toPageWindow(query: Readonly<Record<string, unknown>>): PageWindow {
  const limit = query['limit'];
  const offset = query['offset'];
  return {
    limit: typeof limit === 'number' ? limit : DEFAULT_LIMIT,
    offset: typeof offset === 'number' ? offset : DEFAULT_OFFSET,
  };
}

/** The rows of a window; past the end this is empty (the count stays the true total). A plain array, not a typed-array view: cheaper to make per request. */
export function slicePage(rows: Int32Array, window: PageWindow): number[] {
  const page: number[] = [];
  const end = Math.min(window.offset + window.limit, rows.length);
  for (let k = Math.min(window.offset, rows.length); k < end; k += 1) page.push(rows[k] as number);
  return page;
}
