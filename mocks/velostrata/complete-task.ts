import { MockError } from '../../src/errors/mock-error';
import type { Rng } from '../../src/runtime/rng';
import type { Run } from '../../src/state/run';
import type { StoredTask } from '../../src/state/stored-task';
import type { CompleteInput } from '../../src/state/task-model';
import { additionalInfo, entityOf, type JobSubject } from './generate/build-job';
import { failureDetails } from './generate/failure-texts';
import { API_USER, subjectFor } from './generate/generate';
import { deriveTask } from './render-task';
import { MANAGER_TENANT } from './state';
import { findKind, TASK_KINDS, type TaskKind } from './task-catalogue';
import type { TaskDescription } from './task-description';
import type { TaskError } from './task-error';

/** New task numbers start here: above the ids of a data set of up to a hundred million tasks. */
const NEW_ID_FLOOR = 100_000_000;

/**
 * A whole task from a partial one (admin create, arrivals), as the generator makes them: a
 * type (picked by how often users start each when not given), its VM or Cloud Extension, the
 * user, the vCenter task id of a task started from vCenter, the counters of its type, and an
 * id `t-<n>`. What the run decides (state, progress, times, error texts) is derived from it at
 * `now`; a failure without an error object gets one of the generator's texts for its type.
 */
export function completeTask({ task, tenant, run, now, rng }: CompleteInput): StoredTask {
  if (tenant !== undefined && tenant !== MANAGER_TENANT) {
    throw new MockError('tenant_not_found', `velostrata has one manager: its tenant is '${MANAGER_TENANT}'`);
  }
  const given = task as TaskDescription;
  const kind = given.taskType === undefined ? pickKind(rng) : findKind(given.taskType);
  const subject = subjectFor(rng);
  const username = given.username ?? subject.username;
  // Drawn above any data set's own numbers (t-1 .. t-<count>), so a new task never takes a loaded task's id.
  const id = given.id?.value ?? `t-${NEW_ID_FLOOR + rng.int(9 * NEW_ID_FLOOR)}`;
  const filled: TaskDescription = {
    ...given,
    additionalInfo: given.additionalInfo ?? (kind === undefined ? undefined : additionalInfo(kind, 0, subject)),
    entity: given.entity ?? (kind === undefined ? undefined : entityOf(kind, subject)),
    id: { value: id, _type: 'TaskId' },
    // vCenter numbers the tasks users start from the plug-in; the API user's have none (generate.ts).
    onPremisesTaskId: given.onPremisesTaskId ?? (username === API_USER ? undefined : `task-${7000 + rng.int(90_000)}`),
    subTasks: given.subTasks ?? [],
    taskType: given.taskType ?? kind?.type,
    username,
  };
  const full = withError(run, given, kind, subject);
  return { id, tenant: MANAGER_TENANT, task: deriveTask(withoutUndefined(filled), full, now), run: full };
}

/** A type as users start them on its own (not a sub-task-only type, not a full migration without its steps). */
export function pickKind(rng: Rng): TaskKind {
  return rng.weighted(TASK_KINDS.filter((k) => k.weight > 0 && k.type !== 'FullMigration').map((k) => [k, k.weight] as const));
}

function withError(run: Run, given: TaskDescription, kind: TaskKind | undefined, subject: JobSubject): Run {
  if (run.outcome !== 'failure' || run.error !== undefined) return run;
  const error: TaskError = {
    errorMessage: given.errorMessage ?? [kind?.failure ?? 'Task failed'],
    errorDetails: given.errorDetails ?? (kind === undefined ? undefined : failureDetails(kind.type, subject)),
  };
  return { ...run, error: error.errorDetails === undefined ? { errorMessage: error.errorMessage } : error };
}

function withoutUndefined(task: TaskDescription): TaskDescription {
  return Object.fromEntries(Object.entries(task).filter(([, value]) => value !== undefined)) as TaskDescription;
}
