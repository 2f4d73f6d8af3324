import { nextChangeAt, runStateAt } from '../../src/state/lifecycle';
import type { StoredTask } from '../../src/state/stored-task';
import type { TaskChanges } from '../../src/state/task-changes';
import { parseCbrTimestamp } from './cbr-time';
import { CODED_FIELDS, CODED_VALUE, type CodedField } from './load-records';
import type { OperationLog } from './operation-log';
import { renderOperationLog } from './render-task';
import { OPERATION_TYPES, TASK_STATUSES } from './vocabulary';

/**
 * A created or changed task as a view serves it: rendered at the view's moment, encoded once,
 * with the facts the filters read. The changes are few (an admin API's worth), so each is
 * kept as an object, not in columns.
 */
export interface Extra {
  readonly id: string;
  readonly project: string;
  readonly createdAt: number;
  readonly operationType: number;
  readonly status: number;
  readonly startedAt: number;
  readonly endedAt: number;
  /** Per CODED_FIELDS position: the task's value, or undefined. */
  readonly coded: Readonly<Record<CodedField, string | undefined>>;
  readonly task: OperationLog;
  readonly bytes: Buffer;
}

export interface Extras {
  /** Each project's extras, in answer order (`created_at` descending, then id). */
  readonly byProject: ReadonlyMap<string, readonly Extra[]>;
  /** Every extra by id; a changed task not served now (its run not queued yet) is not here. */
  readonly byId: ReadonlyMap<string, Extra>;
  readonly validUntil: number;
}

/** The changes' tasks as served at `now`; a task whose run is not queued yet is left out. */
export function buildExtras(changes: TaskChanges, now: number): Extras {
  const all: Extra[] = [];
  let validUntil = Number.POSITIVE_INFINITY;
  for (const stored of changes.tasks()) {
    const extra = toExtra(stored, now);
    if (stored.run && runStateAt(stored.run, now).phase !== 'done') validUntil = Math.min(validUntil, nextChangeAt(stored.run, now));
    if (extra) all.push(extra);
  }
  all.sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byProject = new Map<string, Extra[]>();
  for (const extra of all) {
    const list = byProject.get(extra.project);
    if (list) list.push(extra);
    else byProject.set(extra.project, [extra]);
  }
  return { byProject, byId: new Map(all.map((e) => [e.id, e])), validUntil };
}

function toExtra(stored: StoredTask, now: number): Extra | undefined {
  if (stored.run && runStateAt(stored.run, now).phase === 'scheduled') return undefined;
  const record = stored.task as OperationLog;
  const task = stored.run ? renderOperationLog(record, stored.run, now) : record;
  const coded = Object.fromEntries(CODED_FIELDS.map((field) => [field, CODED_VALUE[field](task)])) as Record<CodedField, string | undefined>;
  return {
    id: task.id,
    project: task.project_id,
    createdAt: parseCbrTimestamp(task.created_at),
    operationType: task.operation_type === undefined ? -1 : OPERATION_TYPES.indexOf(task.operation_type),
    status: TASK_STATUSES.indexOf(task.status),
    startedAt: parseCbrTimestamp(task.started_at),
    endedAt: task.ended_at == null ? Number.NaN : parseCbrTimestamp(task.ended_at),
    coded,
    task,
    bytes: Buffer.from(JSON.stringify(task), 'utf8'),
  };
}
