/**
 * Astra paging (api-facts 4.5; decisions.md "Astra"): `skip` passes over matching tasks, `limit`
 * caps the page, and when more remain `metadata.continue` carries an opaque token to send back
 * as `continue`. The token is base64 (the vendor's type_base64_data) of the next offset and a
 * fingerprint of the query it belongs to, so a token from another query (account, filter or
 * orderBy) is refused rather than silently paging something else.
 */
export interface PageWindow {
  readonly start: number;
  readonly end: number;
  /** Offset of the next page, when tasks remain after this one. */
  readonly next: number | undefined;
}

/** The slice [start, end) of `total` matching tasks; past the end it is empty, with no next page. */
export function pageWindow(total: number, start: number, limit: number | undefined): PageWindow {
  const from = Math.min(start, total);
  const end = limit === undefined ? total : Math.min(total, from + limit);
  return { start: from, end, next: end < total ? end : undefined };
}

/** A short stable hash (FNV-1a, 32 bits) of the parts that define which tasks a listing holds. */
export function queryFingerprint(parts: readonly string[]): string {
  let hash = 0x811c9dc5;
  const text = parts.join('\u0000');
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export function encodeContinue(offset: number, fingerprint: string): string {
  // The JSON.stringify({offset, query}) text, written out: the fingerprint is hex, the offset an integer.
  return Buffer.from(`{"offset":${offset},"query":"${fingerprint}"}`, 'latin1').toString('base64');
}

/** The offset a token resumes at, or undefined when it is not one this query's listing issued. */
export function decodeContinue(token: string, fingerprint: string): number | undefined {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(token, 'base64').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof decoded !== 'object' || decoded === null) return undefined;
  const { offset, query } = decoded as { offset?: unknown; query?: unknown };
  // A token without `query` is a hand-written one, as the spec's own example (`eyJvZmZzZXQiOjJ9`,
  // {"offset":2}): honoured for any listing. Every token this server issues carries `query`.
  if (query !== undefined && query !== fingerprint) return undefined;
  if (typeof offset !== 'number' || !Number.isSafeInteger(offset) || offset < 0) return undefined;
  return offset;
}
