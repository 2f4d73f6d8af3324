import type { DialectSetup, RequestParams } from '../../src/dialect';
import { defaultProjects, readCbrSettings } from './cbr-settings';
import { parseCbrTimestamp } from './cbr-time';
import { createJsonStoreWriter, type JsonStore, type JsonStoreWriter } from './json-store';
import type { ListPlan } from './list-plan';
import type { OperationLog } from './operation-log';
import { OPERATION_TYPES, TASK_STATUSES } from './vocabulary';
import { WeakMemo } from '../../src/runtime/weak-memo';

/** A code column's "the task has no value here". */
export const ABSENT = -1;

/** The string fields a filter matches exactly: each stored as a small integer code per task. */
export const CODED_FIELDS = ['providerId', 'vaultId', 'vaultName', 'resourceId', 'resourceName', 'enterpriseProjectId'] as const;
export type CodedField = (typeof CODED_FIELDS)[number];

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
  const loaded = loadRecords(setup.records['operationLogs'] ?? [], writer, setup.jsonBytesOf ?? ((record) => Buffer.from(JSON.stringify(record))));
  const order = answerOrder(loaded.createdAt, loaded.ids);
  const n = order.length;
  const columns: CbrColumns = {
    operationType: new Int8Array(n),
    status: new Int8Array(n),
    startedAt: new Float64Array(n),
    endedAt: new Float64Array(n),
    ...(Object.fromEntries(CODED_FIELDS.map((f) => [f, new Int32Array(n)])) as Record<CodedField, Int32Array>),
  };
  const projectRows = new Map<string, number[]>();
  for (let row = 0; row < n; row += 1) {
    const from = order[row] as number;
    columns.operationType[row] = loaded.operationType[from] as number;
    columns.status[row] = loaded.status[from] as number;
    columns.startedAt[row] = loaded.startedAt[from] as number;
    columns.endedAt[row] = loaded.endedAt[from] as number;
    for (const field of CODED_FIELDS) columns[field][row] = loaded.coded[field][from] as number;
    const project = loaded.projects[loaded.project[from] as number] as string;
    let rows = projectRows.get(project);
    if (!rows) projectRows.set(project, (rows = []));
    rows.push(row);
  }
  const rowsByProject = new Map([...projectRows].map(([project, rows]) => [project, Int32Array.from(rows)]));
  // Each project's rows lie next to each other in memory, so its unfiltered pages are one slice.
  const layout = new Int32Array(n);
  let laid = 0;
  for (const rows of rowsByProject.values()) {
    layout.set(rows, laid);
    laid += rows.length;
  }
  return {
    json: writer.finish(order, layout),
    columns,
    codes: loaded.codes,
    rowsByProject,
    projects: settings.projects ?? defaultProjects(rowsByProject.keys()),
    tokens: settings.tokens,
    plans: new WeakMemo(),
  };
}

/** The records as they stream in (read order): JSON text and compact fields; no record is kept. */
interface LoadedRecords {
  readonly ids: string[];
  readonly createdAt: number[];
  readonly startedAt: number[];
  readonly endedAt: number[];
  readonly operationType: number[];
  readonly status: number[];
  readonly project: number[];
  readonly projects: string[];
  readonly coded: Record<CodedField, number[]>;
  readonly codes: Record<CodedField, Map<string, number>>;
}

function loadRecords(records: Iterable<unknown>, writer: JsonStoreWriter, jsonBytesOf: (record: unknown) => Uint8Array): LoadedRecords {
  const coded = Object.fromEntries(CODED_FIELDS.map((f) => [f, [] as number[]])) as Record<CodedField, number[]>;
  const codes = Object.fromEntries(CODED_FIELDS.map((f) => [f, new Map<string, number>()])) as Record<CodedField, Map<string, number>>;
  const projectCodes = new Map<string, number>();
  const out: LoadedRecords = {
    ids: [], createdAt: [], startedAt: [], endedAt: [], operationType: [], status: [], project: [], projects: [], coded, codes,
  };
  for (const item of records) {
    const record = item as OperationLog;
    // The line as read: no second serialisation of a million records at load.
    writer.add(jsonBytesOf(record));
    out.ids.push(record.id);
    out.createdAt.push(instant(record, 'created_at'));
    out.startedAt.push(instant(record, 'started_at'));
    out.endedAt.push(record.ended_at == null ? Number.NaN : instant(record, 'ended_at'));
    out.operationType.push(record.operation_type === undefined ? ABSENT : OPERATION_TYPES.indexOf(record.operation_type));
    out.status.push(TASK_STATUSES.indexOf(record.status));
    out.project.push(encode(projectCodes, record.project_id));
    const values: Record<CodedField, string | undefined> = {
      providerId: record.provider_id,
      vaultId: record.vault_id,
      vaultName: record.vault_name,
      resourceId: record.extra_info?.resource.id,
      resourceName: record.extra_info?.resource.name,
      enterpriseProjectId: typeof record.enterprise_project_id === 'string' ? record.enterprise_project_id : undefined,
    };
    for (const field of CODED_FIELDS) coded[field].push(encode(codes[field], values[field]));
  }
  for (const project of projectCodes.keys()) out.projects.push(project);
  return out;
}

/** Row order: `created_at` descending, then `id` ascending so equal times still page stably. */
function answerOrder(createdAt: readonly number[], ids: readonly string[]): Int32Array {
  const order = Array.from({ length: ids.length }, (_, i) => i);
  order.sort((a, b) => {
    const byTime = (createdAt[b] as number) - (createdAt[a] as number);
    if (byTime !== 0) return byTime;
    const idA = ids[a] as string;
    const idB = ids[b] as string;
    return idA < idB ? -1 : idA > idB ? 1 : 0;
  });
  return Int32Array.from(order);
}

/** The pattern lets 2021-02-30 through; such a record stops start-up rather than sorting nowhere. */
function instant(record: OperationLog, field: 'created_at' | 'started_at' | 'ended_at'): number {
  const ms = parseCbrTimestamp(String(record[field]));
  if (Number.isNaN(ms)) throw new Error(`cbr: task ${record.id} has ${field} '${record[field]}', which is not a real instant`);
  return ms;
}

function encode(codes: Map<string, number>, value: string | undefined): number {
  if (value === undefined) return ABSENT;
  let code = codes.get(value);
  if (code === undefined) codes.set(value, (code = codes.size));
  return code;
}
