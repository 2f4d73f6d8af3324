import type { CbrColumns } from './cbr-base';
import { ANY, extraMatches, inWindow, type TaskFilter } from './filters';
import { ABSENT } from './load-records';
import { slicePage, type PageWindow } from './paging';
import type { Extra } from './view-extras';
import { HIDDEN, type Overlay } from './view-overlay';

/**
 * A page entry: a loaded row (>= 0), or the extra at index `-entry - 1` of the project's
 * extras (a created or changed task, view-extras.ts).
 */
export type PageEntry = number;

export interface RowSelection {
  /** Every matching task, before paging. */
  readonly count: number;
  readonly page: readonly PageEntry[];
}

/** What a selection reads: the loaded columns, the view's overlay, and a row's id for ties. */
export interface SelectionSource {
  readonly columns: CbrColumns;
  readonly overlay: Overlay;
  readonly idOf: (row: number) => string;
}

/**
 * One linear pass over a project's rows (already in answer order, ascending) that counts
 * every match and keeps those inside the window. A row in the view's overlay is read from it
 * (its status and times at the view's moment, or skipped when hidden); the project's extras
 * that match are merged in by answer order as the pass goes. With nothing overlaid or added,
 * an unfiltered page is a slice, as it was before tasks moved.
 */
export function selectRows(source: SelectionSource, rows: Int32Array, extras: readonly Extra[], filter: TaskFilter, now: number, window: PageWindow): RowSelection {
  const { columns, overlay } = source;
  if (filter.none && extras.length === 0 && overlay.hidden === 0) return { count: rows.length, page: slicePage(rows, window) };
  const added: number[] = [];
  for (let e = 0; e < extras.length; e += 1) if (extraMatches(filter, extras[e] as Extra, now)) added.push(e);
  const end = window.offset + window.limit;
  const page: number[] = [];
  let count = 0;
  const take = (entry: number): void => {
    if (count >= window.offset && count < end) page.push(entry);
    count += 1;
  };
  let next = 0;
  const takeExtrasBefore = (row: number): void => {
    while (next < added.length && precedes(extras[added[next] as number] as Extra, row, source)) take(-(added[next++] as number) - 1);
  };
  if (!filter.impossible) {
    const exact = filter.exact.map((e) => ({ values: columns[e.column], code: e.code }));
    const { enterpriseProject, status: wanted } = filter;
    const ep = columns.enterpriseProjectId;
    const { rows: overlaid } = overlay;
    let o = 0;
    rows: for (let k = 0; k < rows.length; k += 1) {
      const row = rows[k] as number;
      let status = columns.status[row] as number;
      let startedAt = columns.startedAt[row] as number;
      let endedAt = columns.endedAt[row] as number;
      while (o < overlaid.length && (overlaid[o] as number) < row) o += 1;
      if (overlaid[o] === row) {
        status = overlay.status[o] as number;
        if (status === HIDDEN) continue;
        startedAt = overlay.startedAt[o] as number;
        endedAt = overlay.endedAt[o] as number;
      }
      if (wanted !== ANY && status !== wanted) continue;
      for (const { values, code } of exact) if (values[row] !== code) continue rows;
      if (enterpriseProject !== ANY && ep[row] !== ABSENT && ep[row] !== enterpriseProject) continue;
      if (!inWindow(filter, startedAt, endedAt, now)) continue;
      if (next < added.length) takeExtrasBefore(row);
      take(row);
    }
  }
  while (next < added.length) take(-(added[next++] as number) - 1);
  return { count, page };
}

/** Answer order: `created_at` descending, then id ascending (decisions.md CBR). */
function precedes(extra: Extra, row: number, source: SelectionSource): boolean {
  const createdAt = source.columns.createdAt[row] as number;
  if (extra.createdAt !== createdAt) return extra.createdAt > createdAt;
  return extra.id < source.idOf(row);
}
