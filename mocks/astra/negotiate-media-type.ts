/** Astra's own media type for the task collection (api-facts 4.1; the toolkit sends `accept: application/astra-<type>+json`). */
export const ASTRA_TASKS_MEDIA_TYPE = 'application/astra-tasks+json';
export const JSON_MEDIA_TYPE = 'application/json';

/** Accept ranges that `application/json` satisfies. */
const JSON_RANGES = new Set(['*/*', 'application/*', JSON_MEDIA_TYPE]);

/**
 * The Content-Type of a 200, from the Accept header, or undefined when nothing acceptable can be
 * sent (406 problem 32). http_details.adoc (api-facts 4.1): no Accept or `*\/*` gives
 * `application/json`; the resource's own media type is echoed. `application/*` and
 * `application/json` also give JSON (spec, operation description). Ranges with `q=0` are refused
 * ranges (RFC 9110 §12.5.1); the vendor type wins unless JSON is preferred by a higher q.
 */
export function negotiateMediaType(accept: string | undefined): string | undefined {
  if (accept === undefined || accept.trim() === '') return JSON_MEDIA_TYPE;
  let astraQ = 0;
  let jsonQ = 0;
  for (const part of accept.split(',')) {
    const [range = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const q = qualityOf(params);
    if (range === ASTRA_TASKS_MEDIA_TYPE) astraQ = Math.max(astraQ, q);
    else if (JSON_RANGES.has(range)) jsonQ = Math.max(jsonQ, q);
  }
  if (astraQ > 0 && astraQ >= jsonQ) return ASTRA_TASKS_MEDIA_TYPE;
  return jsonQ > 0 ? JSON_MEDIA_TYPE : undefined;
}

function qualityOf(params: readonly string[]): number {
  const q = params.find((p) => p.startsWith('q='));
  if (q === undefined) return 1;
  const value = Number(q.slice(2));
  return Number.isFinite(value) ? value : 0;
}
