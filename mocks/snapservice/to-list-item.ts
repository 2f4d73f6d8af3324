import type { Rng } from '../../src/runtime/rng';
import { vapiMessage, type ListItem, type TaskInfo } from './list-item';
import type { TaskDraft } from './task-draft';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Renders a draft as the spec's ListItem. Unset optional fields are omitted, not null (spec
 * info: the vAPI `/api` rendering). `progress` only for RUNNING, BLOCKED, SUCCEEDED and FAILED,
 * `error` only for FAILED, `start_time` once started, `end_time` once finished (api-facts 3.3).
 */
export function toListItem(draft: TaskDraft, rng: Rng): ListItem {
  const { kind, subject, status } = draft;
  const active = draft.end === undefined;
  const result = status === 'SUCCEEDED' ? kind.result?.(subject) : undefined;
  const info: TaskInfo = {
    description: kind.describe(subject, draft),
    service: kind.service,
    operation: kind.operation,
    ...(draft.parent ? { parent: draft.parent.id } : {}),
    target: kind.target(subject),
    status,
    // A delete cannot be undone half-way; everything else in flight can be cancelled.
    cancelable: active && kind.operation !== 'delete',
    ...(draft.failure ? { error: draft.failure(subject) } : {}),
    ...(draft.start !== undefined ? { start_time: new Date(draft.start).toISOString() } : {}),
    ...(draft.end !== undefined ? { end_time: new Date(draft.end).toISOString() } : {}),
    ...(draft.user !== undefined ? { user: draft.user } : {}),
    ...(draft.vcTask !== undefined ? { vc_task: draft.vcTask } : {}),
    ...(status === 'PENDING' ? {} : { progress: progressOf(draft, rng) }),
    ...(result !== undefined ? { result } : {}),
  };
  return { task: draft.id, info };
}

function progressOf(draft: TaskDraft, rng: Rng): NonNullable<TaskInfo['progress']> {
  const prefix = `${draft.kind.service}.${draft.kind.operation}`;
  switch (draft.status) {
    case 'RUNNING': {
      const completed = 5 + rng.int(90);
      return {
        total: 100,
        completed,
        message: vapiMessage(`${prefix}.running`, `In progress: ${completed}% done.`, [String(completed)], { percent: { i: completed } }),
      };
    }
    case 'BLOCKED': {
      const since = new Date(draft.start ?? 0);
      return {
        total: 100,
        completed: 0,
        message: vapiMessage('com.vmware.snapservice.tasks.blocked', `Waiting for resources since ${medDateTime(since)}.`, [], {
          since: { dt: since.toISOString(), format: 'MED_DATE_TIME' },
        }),
      };
    }
    case 'FAILED':
      return { total: 100, completed: rng.int(100), message: vapiMessage(`${prefix}.failed`, 'The operation failed.') };
    default:
      return { total: 100, completed: 100, message: vapiMessage(`${prefix}.done`, 'Completed.') };
  }
}

/** `31 Aug 2021 08:05` (UTC), the medium date-time the spec's BLOCKED example prints. */
function medDateTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
}
