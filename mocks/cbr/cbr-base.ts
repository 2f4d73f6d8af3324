import type { DialectSetup } from '../../src/dialect';
import type { Run } from '../../src/state/run';
import { answerOrder } from './answer-order';
import { defaultProjects, readCbrSettings } from './cbr-settings';
import { IdIndex } from './id-index';
import { createJsonStoreWriter, type JsonStore } from './json-store';
import { CODED_FIELDS, loadRecords, type CodedField } from './load-records';
import type { OperationLog } from './operation-log';
import { runColumns, type RunColumns } from './run-columns';

/**
 * What the filters read, one typed array per field, indexed by row (rows are in answer order).
 * Enums are their index in OPERATION_TYPES / TASK_STATUSES; strings are dictionary codes.
 * These are the records as loaded; a view overlays what has changed since (cbr-view.ts).
 */
export interface CbrColumns extends Readonly<Record<CodedField, Int32Array>> {
  readonly operationType: Int8Array;
  readonly status: Int8Array;
  /** Rows are sorted by it: what places a created task among them. */
  readonly createdAt: Float64Array;
  readonly startedAt: Float64Array;
  /** NaN while the task has no end (waiting or running): the filter then uses "now". */
  readonly endedAt: Float64Array;
}

/**
 * The loaded data set, immutable, built once. Built for the 1,000,000-task benchmark: per task
 * only its JSON (serialised once, kept as bytes: json-store.ts) and a few compact columns; the
 * parsed records are not kept (they stream in from the core's reader and are dropped).
 * Rows are sorted ONCE, by `created_at` descending then `id` ascending (decisions.md CBR), so a
 * page is a slice of the matching rows. The few tasks still waiting or running at `loadedAt`
 * have runs (`liveRows`, ascending, with `liveRuns`): views show them at their own moment.
 */
export interface CbrBase {
  readonly loadedAt: number;
  readonly json: JsonStore;
  readonly columns: CbrColumns;
  readonly codes: Readonly<Record<CodedField, ReadonlyMap<string, number>>>;
  /** Each project's rows, in answer order (so ascending): a request only scans its own project. */
  readonly rowsByProject: ReadonlyMap<string, Int32Array>;
  readonly projects: ReadonlySet<string>;
  /** True when the settings name the projects: a task created in another one does not add it. */
  readonly fixedProjects: boolean;
  readonly tokens: ReadonlySet<string>;
  readonly ids: IdIndex;
  readonly liveRows: Int32Array;
  readonly liveRuns: readonly Run[];
  /** The same runs' moments as columns, what a view reads (run-columns.ts). */
  readonly liveTimes: RunColumns;
}

export function createBase(setup: DialectSetup): CbrBase {
  const settings = readCbrSettings(setup.settings);
  const writer = createJsonStoreWriter();
  const jsonBytesOf = setup.jsonBytesOf ?? ((record) => Buffer.from(JSON.stringify(record)));
  // The line as read is copied: no second serialisation of a million records at load.
  const loaded = loadRecords(setup.records['operationLogs'] ?? [], (record) => writer.add(jsonBytesOf(record)), setup.loadedAt);
  const order = answerOrder(loaded.createdAt, loaded.ids);
  // Column by column: one tight loop per column reads best at a million rows.
  const columns: CbrColumns = {
    operationType: permute(Int8Array, loaded.operationType, order),
    status: permute(Int8Array, loaded.status, order),
    createdAt: permute(Float64Array, loaded.createdAt, order),
    startedAt: permute(Float64Array, loaded.startedAt, order),
    endedAt: permute(Float64Array, loaded.endedAt, order),
    ...(Object.fromEntries(CODED_FIELDS.map((f, i) => [f, permute(Int32Array, loaded.coded[i] as number[], order)])) as Record<CodedField, Int32Array>),
  };
  const rowsByProject = projectRows(loaded.project, loaded.projects, order);
  // Each project's rows lie next to each other in memory, so its unfiltered pages are one slice.
  const layout = new Int32Array(order.length);
  let laid = 0;
  for (const rows of rowsByProject.values()) {
    layout.set(rows, laid);
    laid += rows.length;
  }
  const json = writer.finish(order, layout);
  const idOf = (row: number): string => (JSON.parse(json.text(row)) as OperationLog).id;
  const rowOfRead = new Int32Array(order.length);
  for (let row = 0; row < order.length; row += 1) rowOfRead[order[row] as number] = row;
  const { liveRows, liveRuns } = rowsWithRuns(loaded.open, loaded.openRuns, rowOfRead);
  return {
    loadedAt: setup.loadedAt,
    json,
    columns,
    codes: Object.fromEntries(CODED_FIELDS.map((f, i) => [f, loaded.codes[i]])) as Record<CodedField, Map<string, number>>,
    rowsByProject,
    projects: settings.projects ?? defaultProjects(rowsByProject.keys()),
    fixedProjects: settings.projects !== undefined,
    tokens: settings.tokens,
    ids: new IdIndex(order.length, (k) => loaded.ids[k] as string, (k) => rowOfRead[k] as number, idOf),
    liveRows,
    liveRuns,
    liveTimes: runColumns(liveRuns),
  };
}

/** `values` (read order) in answer order: row r holds `values[order[r]]`. */
function permute<T extends Int8Array | Int32Array | Float64Array>(Type: { new (n: number): T }, values: readonly number[], order: Int32Array): T {
  const out = new Type(order.length);
  for (let row = 0; row < order.length; row += 1) out[row] = values[order[row] as number] as number;
  return out;
}

/** Each project's rows in answer order. */
function projectRows(project: readonly number[], projects: readonly string[], order: Int32Array): Map<string, Int32Array> {
  const counts = new Int32Array(projects.length);
  for (const p of project) counts[p] = (counts[p] as number) + 1;
  const rows = projects.map((_, p) => new Int32Array(counts[p] as number));
  counts.fill(0);
  for (let row = 0; row < order.length; row += 1) {
    const p = project[order[row] as number] as number;
    (rows[p] as Int32Array)[counts[p] as number] = row;
    counts[p] = (counts[p] as number) + 1;
  }
  return new Map(projects.map((name, p) => [name, rows[p] as Int32Array]));
}

/** The open tasks' rows, ascending, with their runs (read-order indexes turned into rows). */
function rowsWithRuns(open: readonly number[], runs: readonly Run[], rowOfRead: Int32Array): { liveRows: Int32Array; liveRuns: Run[] } {
  const pairs = open.map((read, k) => [rowOfRead[read] as number, runs[k] as Run] as const).sort((a, b) => a[0] - b[0]);
  return { liveRows: Int32Array.from(pairs, (p) => p[0]), liveRuns: pairs.map((p) => p[1]) };
}
