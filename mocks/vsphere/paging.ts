/** The slice of a list one page covers. */
export interface PageBounds {
  readonly start: number;
  readonly end: number;
}

/**
 * Seed 000's paging as decided (api-facts 1.2 UNCONFIRMED; decisions): `page_num` is a 0-based
 * page index, offset = page_num x page_size; `page_size` 0 or absent is the whole list (and
 * `page_num` is then moot). A page past the end is empty. Inputs are validated non-negative
 * integers (the spec's `minimum: 0`).
 */
export function pageBounds(total: number, pageNum: number, pageSize: number): PageBounds {
  if (pageSize === 0) return { start: 0, end: total };
  const start = Math.min(total, pageNum * pageSize);
  return { start, end: Math.min(total, start + pageSize) };
}
