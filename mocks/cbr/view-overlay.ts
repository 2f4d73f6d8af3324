import { PROGRESS_STEP_MS } from '../../src/state/lifecycle';
import type { TaskChanges } from '../../src/state/task-changes';
import type { CbrBase } from './cbr-base';
import { DONE, nextChangeOf, phaseAt, SCHEDULED, WAITING } from './run-columns';
import { TASK_STATUSES } from './vocabulary';

/** An overlay status: the row is not served (changed, removed, or its run not queued yet). */
export const HIDDEN = -1;

// CBR's words for the phases (decisions.md; render-task.ts statusAt): the wind-down reads running.
const STATUS_WAITING = TASK_STATUSES.indexOf('waiting');
const STATUS_RUNNING = TASK_STATUSES.indexOf('running');
const STATUS_SUCCESS = TASK_STATUSES.indexOf('success');
const STATUS_FAILED = TASK_STATUSES.indexOf('failed');

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
  const { liveRows, liveTimes, columns } = base;
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
    const phase = phaseAt(liveTimes, l, now);
    if (phase !== DONE) validUntil = Math.min(validUntil, nextChangeOf(liveTimes, l, now, phase, PROGRESS_STEP_MS));
    rows[n] = live;
    run[n] = l;
    // A waiting task shows its recorded started_at (render-task.ts); otherwise the run's times.
    const notStarted = phase === SCHEDULED || phase === WAITING;
    startedAt[n] = notStarted ? (columns.startedAt[live] as number) : (liveTimes.start[l] as number);
    endedAt[n] = phase === DONE ? (liveTimes.end[l] as number) : Number.NaN;
    if (phase === SCHEDULED) hidden += 1;
    status[n] = phase === SCHEDULED ? HIDDEN : phase === WAITING ? STATUS_WAITING : phase !== DONE ? STATUS_RUNNING : liveTimes.success[l] === 1 ? STATUS_SUCCESS : STATUS_FAILED;
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
