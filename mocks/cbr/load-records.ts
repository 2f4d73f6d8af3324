import type { Run } from '../../src/state/run';
import { parseCbrTimestamp } from './cbr-time';
import { loadedRun } from './loaded-run';
import type { OperationLog } from './operation-log';
import { OPERATION_TYPES, TASK_STATUSES } from './vocabulary';

/** A code column's "the task has no value here". */
export const ABSENT = -1;

/** The string fields a filter matches exactly: each stored as a small integer code per task. */
export const CODED_FIELDS = ['providerId', 'vaultId', 'vaultName', 'resourceId', 'resourceName', 'enterpriseProjectId'] as const;
export type CodedField = (typeof CODED_FIELDS)[number];

export const CODED_VALUE: Readonly<Record<CodedField, (record: OperationLog) => string | undefined>> = {
  providerId: (record) => record.provider_id,
  vaultId: (record) => record.vault_id,
  vaultName: (record) => record.vault_name,
  resourceId: (record) => record.extra_info?.resource.id,
  resourceName: (record) => record.extra_info?.resource.name,
  enterpriseProjectId: (record) => (typeof record.enterprise_project_id === 'string' ? record.enterprise_project_id : undefined),
};

/**
 * The records as they streamed in (read order): compact fields only, no record is kept.
 * Columns are plain arrays indexed by CODED_FIELDS position, not objects keyed by field name:
 * a million records times six fields made the keyed lookups a visible part of the load.
 */
export interface LoadedRecords {
  readonly ids: string[];
  readonly createdAt: number[];
  readonly startedAt: number[];
  readonly endedAt: number[];
  readonly operationType: number[];
  readonly status: number[];
  /** Each task's project, as an index into `projects`. */
  readonly project: number[];
  readonly projects: string[];
  /** Per CODED_FIELDS position: each task's code. */
  readonly coded: readonly number[][];
  /** Per CODED_FIELDS position: value → code. */
  readonly codes: ReadonlyArray<Map<string, number>>;
  /** The tasks not finished at the data set's moment (read order), each with its run (loaded-run.ts). */
  readonly open: readonly number[];
  readonly openRuns: readonly Run[];
}

/** Reads the compact fields of each record; `keep` is handed each record first (to copy its JSON). */
export function loadRecords(records: Iterable<unknown>, keep: (record: unknown) => void, loadedAt: number): LoadedRecords {
  const values = CODED_FIELDS.map((field) => CODED_VALUE[field]);
  const coded = CODED_FIELDS.map(() => [] as number[]);
  const codes = CODED_FIELDS.map(() => new Map<string, number>());
  const projectCodes = new Map<string, number>();
  const open: number[] = [];
  const openRuns: Run[] = [];
  const out = { ids: [] as string[], createdAt: [] as number[], startedAt: [] as number[], endedAt: [] as number[], operationType: [] as number[], status: [] as number[], project: [] as number[] };
  for (const item of records) {
    keep(item);
    const record = item as OperationLog;
    out.ids.push(record.id);
    out.createdAt.push(instant(record, 'created_at'));
    out.startedAt.push(instant(record, 'started_at'));
    out.endedAt.push(record.ended_at == null ? Number.NaN : instant(record, 'ended_at'));
    out.operationType.push(record.operation_type === undefined ? ABSENT : OPERATION_TYPES.indexOf(record.operation_type));
    out.status.push(TASK_STATUSES.indexOf(record.status));
    out.project.push(encode(projectCodes, record.project_id));
    for (let f = 0; f < values.length; f += 1) (coded[f] as number[]).push(encode(codes[f] as Map<string, number>, (values[f] as (r: OperationLog) => string | undefined)(record)));
    if (record.status === 'waiting' || record.status === 'running') {
      const at = out.ids.length - 1;
      const run = loadedRun(
        { id: record.id, type: record.operation_type, status: record.status, createdAt: out.createdAt[at] as number, startedAt: out.startedAt[at] as number, progress: record.extra_info?.common.progress },
        loadedAt,
      );
      if (run) {
        open.push(at);
        openRuns.push(run);
      }
    }
  }
  return { ...out, projects: [...projectCodes.keys()], coded, codes, open, openRuns };
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
