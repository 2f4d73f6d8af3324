import { MockError } from '../../src/errors/mock-error';
import { parseCbrTimestamp } from './cbr-time';
import { CODED_FIELDS, type CodedField } from './load-records';
import type { Extra } from './view-extras';
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

/** "No criterion" in a compiled filter; `UNKNOWN` is a value no loaded task holds. */
export const ANY = -2;
const UNKNOWN = -3;

/** One exact-match criterion: the loaded column and code, and the value itself for created tasks. */
export interface ExactCriterion {
  readonly column: 'operationType' | CodedField;
  readonly code: number;
  /** The code for `operationType` (an enum index); the string for a coded field. */
  readonly value: string | number;
}

/** Criteria compiled against the base's dictionaries: integers only, ready for one linear pass. */
export interface TaskFilter {
  readonly none: boolean;
  /** An exact-match value no loaded task holds: no loaded row can match (a created task may). */
  readonly impossible: boolean;
  /** operation_type and the string fields; `status` apart, as a view may overlay it. */
  readonly exact: readonly ExactCriterion[];
  readonly status: number;
  readonly enterpriseProject: number;
  /** The enterprise project asked for, undefined for any (created tasks compare the text). */
  readonly enterpriseProjectValue: string | undefined;
  readonly startTime: number;
  readonly endTime: number;
}

export function toTaskFilter(criteria: FilterCriteria, codes: Readonly<Record<CodedField, ReadonlyMap<string, number>>>): TaskFilter {
  const exact: ExactCriterion[] = [];
  if (criteria.operationType !== undefined) {
    const type = OPERATION_TYPES.indexOf(criteria.operationType);
    exact.push({ column: 'operationType', code: type, value: type });
  }
  for (const field of CODED_FIELDS) {
    const value = criteria[field];
    if (field === 'enterpriseProjectId' || value === undefined) continue;
    exact.push({ column: field, code: codes[field].get(value) ?? UNKNOWN, value });
  }
  // An OperationLog has no enterprise-project field (api-facts 5.6): the value narrows only
  // tasks that carry one (a user's own data may); tasks without one always pass.
  const ep = criteria.enterpriseProjectId;
  const anyProject = ep === undefined || ep === ALL_GRANTED_EPS;
  const enterpriseProject = anyProject ? ANY : (codes.enterpriseProjectId.get(ep) ?? UNKNOWN);
  const status = criteria.status === undefined ? ANY : TASK_STATUSES.indexOf(criteria.status);
  const startTime = criteria.startTime ?? -Infinity;
  const endTime = criteria.endTime ?? Infinity;
  return {
    none: exact.length === 0 && status === ANY && enterpriseProject === ANY && startTime === -Infinity && endTime === Infinity,
    impossible: exact.some((e) => e.code === UNKNOWN),
    exact,
    status,
    enterpriseProject,
    enterpriseProjectValue: anyProject ? undefined : ep,
    startTime,
    endTime,
  };
}

/**
 * Whether a task with these facts matches: `started_at >= start_time` and its `ended_at`, or
 * `now` while it has none, `<= end_time` (decisions.md CBR; api-facts 5.6).
 */
export function inWindow(filter: TaskFilter, startedAt: number, endedAt: number, now: number): boolean {
  return startedAt >= filter.startTime && (Number.isNaN(endedAt) ? now : endedAt) <= filter.endTime;
}

/** The filter on a created or changed task (view-extras.ts), by its own values. */
export function extraMatches(filter: TaskFilter, extra: Extra, now: number): boolean {
  if (filter.status !== ANY && extra.status !== filter.status) return false;
  for (const { column, value } of filter.exact) {
    if ((column === 'operationType' ? extra.operationType : extra.coded[column]) !== value) return false;
  }
  const ep = extra.coded.enterpriseProjectId;
  if (filter.enterpriseProjectValue !== undefined && ep !== undefined && ep !== filter.enterpriseProjectValue) return false;
  return inWindow(filter, extra.startedAt, extra.endedAt, now);
}
