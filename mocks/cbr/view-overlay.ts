import { nextChangeAt, runStateAt } from '../../src/state/lifecycle';
import type { TaskChanges } from '../../src/state/task-changes';
import type { CbrBase } from './cbr-base';
import { statusAt } from './render-task';
import { TASK_STATUSES } from './vocabulary';

/** An overlay status: the row is not served (changed, removed, or its run not queued yet). */
export const HIDDEN = -1;

/**
 * The loaded rows whose facts at a view's moment differ from the columns, ascending: the rows
 * with runs (their status and times at `now`) and the rows the changes replace or remove
 * (HIDDEN: a changed task is served from the view's extras, view-extras.ts). A few thousand
 * entries for a million tasks, so a view is built without copying a column.
 */
export interface Overlay {
  readonly rows: Int32Array;
  readonly status: Int8Array;
  readonly startedAt: Float64Array;
  readonly endedAt: Float64Array;
  /** Index into the base's liveRuns, or -1 for a hidden changed row. */
  readonly run: Int32Array;
  /** How many entries are HIDDEN: none lets an unfiltered page be a plain slice. */
  readonly hidden: number;
  /** The earliest moment one of the runs changes what a client reads. */
  readonly validUntil: number;
}

export function buildOverlay(base: CbrBase, changes: TaskChanges, now: number): Overlay {
  const replaced: number[] = [];
  for (const [id] of changes.entries()) {
    const row = base.ids.rowOf(id);
    if (row >= 0) replaced.push(row);
  }
  replaced.sort((a, b) => a - b);
  const { liveRows, liveRuns, columns } = base;
  const size = liveRows.length + replaced.length;
  const rows = new Int32Array(size);
  const status = new Int8Array(size);
  const startedAt = new Float64Array(size);
  const endedAt = new Float64Array(size);
  const run = new Int32Array(size);
  let validUntil = Number.POSITIVE_INFINITY;
  let hidden = 0;
  let n = 0;
  let r = 0;
  for (let l = 0; l <= liveRows.length; l += 1) {
    const live = l < liveRows.length ? (liveRows[l] as number) : Number.POSITIVE_INFINITY;
    // Replaced rows before (or at) this live row come first; a replaced live row is hidden.
    while (r < replaced.length && (replaced[r] as number) <= live) {
      const row = replaced[r] as number;
      if (n === 0 || rows[n - 1] !== row) {
        rows[n] = row;
        status[n] = HIDDEN;
        run[n] = -1;
        n += 1;
        hidden += 1;
      }
      r += 1;
    }
    if (l === liveRows.length || rows[n - 1] === live) continue;
    const task = liveRuns[l];
    if (task === undefined) continue;
    const state = runStateAt(task, now);
    if (state.phase !== 'done') validUntil = Math.min(validUntil, nextChangeAt(task, now));
    rows[n] = live;
    run[n] = l;
    // A waiting task shows its recorded started_at (render-task.ts); otherwise the run's times.
    startedAt[n] = state.startedAt ?? (columns.startedAt[live] as number);
    endedAt[n] = state.endedAt ?? Number.NaN;
    if (state.phase === 'scheduled') hidden += 1;
    status[n] = state.phase === 'scheduled' ? HIDDEN : TASK_STATUSES.indexOf(statusAt(state));
    n += 1;
  }
  return { rows: rows.subarray(0, n), status: status.subarray(0, n), startedAt: startedAt.subarray(0, n), endedAt: endedAt.subarray(0, n), run: run.subarray(0, n), hidden, validUntil };
}

/** The overlay entry of `row`, or -1 (binary search: rows ascend). */
export function overlayIndex(overlay: Overlay, row: number): number {
  let lo = 0;
  let hi = overlay.rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = overlay.rows[mid] as number;
    if (at === row) return mid;
    if (at < row) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
