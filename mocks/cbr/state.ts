import type { DialectSetup, RequestParams } from '../../src/dialect';
import { answerOrder } from './answer-order';
import { defaultProjects, readCbrSettings } from './cbr-settings';
import { createJsonStoreWriter, type JsonStore } from './json-store';
import type { ListPlan } from './list-plan';
import { CODED_FIELDS, loadRecords, type CodedField } from './load-records';
import { WeakMemo } from '../../src/runtime/weak-memo';

/**
 * What the filters read, one typed array per field, indexed by row (rows are in answer order).
 * Enums are their index in OPERATION_TYPES / TASK_STATUSES; strings are dictionary codes.
 */
export interface CbrColumns extends Readonly<Record<CodedField, Int32Array>> {
  readonly operationType: Int8Array;
  readonly status: Int8Array;
  readonly startedAt: Float64Array;
  /** NaN while the task has no end (waiting or running): the filter then uses "now". */
  readonly endedAt: Float64Array;
}

/**
 * The CBR mock's whole state. Built for the 1,000,000-task benchmark: per task only its JSON
 * (serialised once, here, kept as bytes: json-store.ts) and a few compact columns; the parsed
 * records are not kept (they stream in from the core's reader and are dropped).
 * Rows are sorted ONCE, by `created_at` descending then `id` ascending (decisions.md CBR), so a
 * page is a slice of the matching rows.
 */
export interface CbrState {
  readonly json: JsonStore;
  readonly columns: CbrColumns;
  readonly codes: Readonly<Record<CodedField, ReadonlyMap<string, number>>>;
  /** Each project's rows, in answer order: a request only scans its own project. */
  readonly rowsByProject: ReadonlyMap<string, Int32Array>;
  readonly projects: ReadonlySet<string>;
  readonly tokens: ReadonlySet<string>;
  /** Each parameter set's ListPlan, by the route's params object (list-plan.ts). */
  readonly plans: WeakMemo<RequestParams, ListPlan>;
}

export function createState(setup: DialectSetup): CbrState {
  const settings = readCbrSettings(setup.settings);
  const writer = createJsonStoreWriter();
  const jsonBytesOf = setup.jsonBytesOf ?? ((record) => Buffer.from(JSON.stringify(record)));
  // The line as read is copied: no second serialisation of a million records at load.
  const loaded = loadRecords(setup.records['operationLogs'] ?? [], (record) => writer.add(jsonBytesOf(record)));
  const order = answerOrder(loaded.createdAt, loaded.ids);
  // Column by column: one tight loop per column reads best at a million rows.
  const columns: CbrColumns = {
    operationType: permute(Int8Array, loaded.operationType, order),
    status: permute(Int8Array, loaded.status, order),
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
  return {
    json: writer.finish(order, layout),
    columns,
    codes: Object.fromEntries(CODED_FIELDS.map((f, i) => [f, loaded.codes[i]])) as Record<CodedField, Map<string, number>>,
    rowsByProject,
    projects: settings.projects ?? defaultProjects(rowsByProject.keys()),
    tokens: settings.tokens,
    plans: new WeakMemo(),
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
