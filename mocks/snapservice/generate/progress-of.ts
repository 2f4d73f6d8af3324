import type { Rng } from '../../../src/runtime/rng';
import { namedMessage, vapiMessage, type Progress } from '../list-item';
import { dateTimeParam, paramsOf } from './localization-params';
import type { TaskDraft } from './task-draft';

/**
 * The progress of a task that is not PENDING (api-facts 3.3: "only relevant when status is
 * RUNNING, BLOCKED, SUCCEEDED or FAILED"), in percent. A FAILED task whose failure gives the step
 * it failed at shows that instead (TaskFailure.progress); this is the progress of the others.
 */
export function progressOf(draft: TaskDraft, rng: Rng): Progress {
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
    case 'BLOCKED':
      return blockedProgress(new Date(draft.start ?? 0));
    case 'FAILED':
      return { total: 100, completed: rng.int(100), message: vapiMessage(`${prefix}.failed`, 'The operation failed.') };
    default:
      return { total: 100, completed: 100, message: vapiMessage(`${prefix}.done`, 'Completed.') };
  }
}

/** A task waiting for resources since `since`, as the spec's BLOCKED example words it. */
export function blockedProgress(since: Date): Progress {
  const named = { since: dateTimeParam(since, 'MED_DATE_TIME') };
  return {
    total: 100,
    completed: 0,
    message: namedMessage('com.vmware.snapservice.tasks.blocked', `Waiting for resources since ${named.since.text}.`, paramsOf(named)),
  };
}
