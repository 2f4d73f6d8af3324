import { MockError } from '../../src/errors/mock-error';
import { parseCbrTimestamp } from './cbr-time';
import { slicePage, type PageWindow } from './paging';
import { ABSENT, CODED_FIELDS, type CodedField } from './load-records';
import type { CbrColumns } from './state';
import { OPERATION_TYPES, TASK_STATUSES, type OperationType, type TaskStatus } from './vocabulary';

/** The filters of ListOpLogs (seed 004), read from the validated query. Times are epoch ms. */
export interface FilterCriteria extends Partial<Record<CodedField, string>> {
  readonly operationType?: OperationType;
  readonly status?: TaskStatus;
  readonly startTime?: number;
  readonly endTime?: number;
}

/** Query name of each string filter. `resource_*` match `extra_info.resource.id/name` (decisions.md CBR). */
export const QUERY_NAMES: Readonly<Record<CodedField, string>> = {
  providerId: 'provider_id',
  vaultId: 'vault_id',
  vaultName: 'vault_name',
  resourceId: 'resource_id',
  resourceName: 'resource_name',
  enterpriseProjectId: 'enterprise_project_id',
};

/** `enterprise_project_id=all_granted_eps` asks for every enterprise project the user may access (seed 004). */
export const ALL_GRANTED_EPS = 'all_granted_eps';

export const TIME_FORMAT_MESSAGE = 'must be in the format %YYYY-%mm-%ddT%HH:%MM:%SSZ, for example 2018-01-01T12:00:00Z.';

/** Reads the criteria. The spec's patterns vet the time format; a date that does not exist (02-30) is a 400 too. */
export function readCriteria(query: Readonly<Record<string, unknown>>): FilterCriteria {
  const criteria: Record<string, unknown> = {
    operationType: query['operation_type'],
    status: query['status'],
    startTime: readTime(query, 'start_time'),
    endTime: readTime(query, 'end_time'),
  };
  for (const field of CODED_FIELDS) criteria[field] = query[QUERY_NAMES[field]];
  return criteria as FilterCriteria;
}

function readTime(query: Readonly<Record<string, unknown>>, name: string): number | undefined {
  const value = query[name];
  if (typeof value !== 'string') return undefined;
  const ms = parseCbrTimestamp(value);
  if (Number.isNaN(ms)) throw new MockError('invalid_parameter', `${name} ${TIME_FORMAT_MESSAGE}`, { param: name });
  return ms;
}

/** "No criterion" in a compiled filter; `UNKNOWN` is a value no task holds. */
const ANY = -2;
const UNKNOWN = -3;

/** Criteria compiled against the state's dictionaries: integers only, ready for one linear pass. */
export interface TaskFilter {
  readonly none: boolean;
  /** An exact-match value no task holds: nothing can match. */
  readonly impossible: boolean;
  readonly exact: readonly { readonly column: keyof CbrColumns; readonly code: number }[];
  readonly enterpriseProject: number;
  readonly startTime: number;
  readonly endTime: number;
}

export function toTaskFilter(criteria: FilterCriteria, codes: Readonly<Record<CodedField, ReadonlyMap<string, number>>>): TaskFilter {
  const exact: { column: keyof CbrColumns; code: number }[] = [];
  if (criteria.operationType !== undefined) exact.push({ column: 'operationType', code: OPERATION_TYPES.indexOf(criteria.operationType) });
  if (criteria.status !== undefined) exact.push({ column: 'status', code: TASK_STATUSES.indexOf(criteria.status) });
  for (const field of CODED_FIELDS) {
    const value = criteria[field];
    if (field === 'enterpriseProjectId' || value === undefined) continue;
    exact.push({ column: field, code: codes[field].get(value) ?? UNKNOWN });
  }
  // An OperationLog has no enterprise-project field (api-facts 5.6): the value narrows only
  // tasks that carry one (a user's own data may); tasks without one always pass.
  const ep = criteria.enterpriseProjectId;
  const enterpriseProject = ep === undefined || ep === ALL_GRANTED_EPS ? ANY : (codes.enterpriseProjectId.get(ep) ?? UNKNOWN);
  const startTime = criteria.startTime ?? -Infinity;
  const endTime = criteria.endTime ?? Infinity;
  return {
    none: exact.length === 0 && enterpriseProject === ANY && startTime === -Infinity && endTime === Infinity,
    impossible: exact.some((e) => e.code === UNKNOWN),
    exact,
    enterpriseProject,
    startTime,
    endTime,
  };
}

export interface RowSelection {
  /** Every matching task, before paging. */
  readonly count: number;
  readonly page: ArrayLike<number>;
}

/**
 * One linear pass over a project's rows (already in answer order): counts every match and keeps
 * those inside the window. A task matches when `started_at >= start_time` and its `ended_at`, or
 * `now` while it has none, is `<= end_time` (decisions.md CBR; api-facts 5.6).
 */
export function selectRows(columns: CbrColumns, rows: Int32Array, filter: TaskFilter, now: number, window: PageWindow): RowSelection {
  if (filter.none) return { count: rows.length, page: slicePage(rows, window) };
  if (filter.impossible) return { count: 0, page: [] };
  const exact = filter.exact.map((e) => ({ values: columns[e.column], code: e.code }));
  const { enterpriseProject, startTime, endTime } = filter;
  const ep = columns.enterpriseProjectId;
  const { startedAt, endedAt } = columns;
  const end = window.offset + window.limit;
  const page: number[] = [];
  let count = 0;
  rows: for (let k = 0; k < rows.length; k += 1) {
    const row = rows[k] as number;
    for (const { values, code } of exact) if (values[row] !== code) continue rows;
    if (enterpriseProject !== ANY && ep[row] !== ABSENT && ep[row] !== enterpriseProject) continue;
    if ((startedAt[row] as number) < startTime) continue;
    const ended = endedAt[row] as number;
    if ((Number.isNaN(ended) ? now : ended) > endTime) continue;
    if (count >= window.offset && count < end) page.push(row);
    count += 1;
  }
  return { count, page };
}
