import type { Rng } from '../../src/runtime/rng';
import { endOf, startOf } from '../../src/state/run';
import type { StoredTask } from '../../src/state/stored-task';
import type { CompleteInput } from '../../src/state/task-model';
import { FAILURES, GENERIC_FAILURE } from './generate/failures';
import { createSubjectPicker, USERS } from './generate/subject';
import { taskId, type TaskDraft } from './generate/task-draft';
import { findKind, SERVICE_QUOTAS, type TaskKind } from './generate/task-kinds';
import { toListItem } from './generate/to-list-item';
import type { ListItem, TaskInfo } from './list-item';
import { CANCELED_ERROR } from './run-errors';

/** The one appliance's tenant key (decisions.md: Snapservice has one appliance, no tenant in its URLs). */
export const APPLIANCE = 'snapservice-appliance';

/**
 * A complete task from a partial one (`{task?, info?}` in the list item's shape): made as the
 * generator makes a finished task of the same service and operation (its description, target,
 * user, vCenter task, result, and for a failure one of the operation's own errors), then the
 * given fields laid over it. It is stored in its finished form; what it shows at a moment comes
 * from its run (render-task.ts). A cancelled run's error is the canceled one.
 */
export function completeTask(input: CompleteInput): StoredTask {
  const { rng, run } = input;
  const given = (isRecord(input.task['info']) ? input.task['info'] : {}) as Partial<TaskInfo>;
  const kind = (given.service !== undefined && given.operation !== undefined ? findKind(given.service, given.operation) : undefined) ?? pickKind(rng);
  const id = typeof input.task['task'] === 'string' ? input.task['task'] : taskId(rng);
  const user = rng.next() < kind.userRate ? rng.pick(USERS) : undefined;
  const failure = run.outcome === 'failure' ? rng.pick(FAILURES[`${kind.service}/${kind.operation}`] ?? [GENERIC_FAILURE]) : undefined;
  const draft: TaskDraft = {
    id,
    kind,
    subject: createSubjectPicker(rng)(),
    status: run.outcome === 'success' ? 'SUCCEEDED' : 'FAILED',
    start: startOf(run),
    end: endOf(run),
    user,
    ...(failure ? { failure } : {}),
    // vCenter task ids as the generator numbers them (generate.ts assignVcTasks), most tasks having one.
    ...(kind.vcTask && rng.next() < 0.85 ? { vcTask: `task-${5000 + rng.int(5000)}` } : {}),
  };
  const made = toListItem(draft, rng);
  // The error follows the run: a given one for a failure, unless it is the canceled error a
  // changed task carries from an earlier cancelled run (the admin API completes a PATCH again).
  const { error: givenError, ...givenFields } = given;
  const failureError = givenError?.error_type === CANCELED_ERROR.error_type ? undefined : givenError;
  const error = run.error ?? (run.outcome === 'cancelled' ? CANCELED_ERROR : run.outcome === 'failure' ? (failureError ?? made.info.error) : undefined);
  const info = { ...made.info, ...givenFields, ...(error === undefined ? {} : { error }) } as TaskInfo;
  const task: ListItem = { task: id, info };
  return { id, tenant: input.tenant ?? APPLIANCE, task, run };
}

/** A service by its share of the data set, then one of its operations by weight (as the generator). */
export function pickKind(rng: Rng): TaskKind {
  const quota = rng.weighted(SERVICE_QUOTAS.map((q) => [q, q.share] as const));
  return rng.weighted(quota.kinds.map((kind) => [kind, kind.weight] as const));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
