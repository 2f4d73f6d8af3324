import type { RawValues } from '../../src/validation/request-validator';

/**
 * An empty value counts as absent: seed 000 sends `filter_name=` to mean "no filter", so the
 * platform reads empty parameters as unset. `page_size=` is then the default 0 (everything)
 * rather than a bad integer, and `vsphere_uuid=` or `reference=` is "required" rather than a
 * malformed value. Returns the query itself when nothing is empty (the usual case).
 */
export function normalizeQuery(query: RawValues): RawValues {
  let out: Record<string, string | string[] | undefined> | undefined;
  for (const [key, value] of Object.entries(query)) {
    if (value !== '') continue;
    out ??= { ...query };
    delete out[key];
  }
  return out ?? query;
}
