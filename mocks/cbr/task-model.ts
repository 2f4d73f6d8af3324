import { createRng, type Rng } from '../../src/runtime/rng';
import type { Run } from '../../src/state/run';
import type { TaskModel } from '../../src/state/task-model';
import { formatCbrTimestamp } from './cbr-time';
import { createFleet } from './generate/fleet';
import { makeTask } from './generate/make-task';
import { RUN_TIME } from './generate/task-timing';
import type { OperationLog } from './operation-log';
import { renderOperationLog, styleOf } from './render-task';
import { textHash } from './text-hash';
import { DEMO_PROJECT_ID, OPERATION_TYPES, type OperationType } from './vocabulary';

/**
 * The vaults and resources of the committed data set (`taskmock fixtures --seed 1` draws its
 * fleet first, from the seed mixed with the vendor key: fixtures-command.ts), so a created task
 * works on the same vaults as the loaded ones.
 */
const DEMO_FLEET = createFleet(createRng(1 ^ textHash('cbr')));

/** What CBR users start, and how often (new tasks under `serve`): mostly policy backups. */
const ARRIVALS: readonly (readonly [OperationType, number])[] = [
  ['backup', 60], ['replication', 8], ['delete', 12], ['restore', 5], ['sync', 8], ['remove_resource', 3], ['migrate_resources', 4],
];

/**
 * CBR's tasks as the admin API, arrivals and the state file drive them. A task is completed
 * from a generated one (generate/make-task.ts) of its type and final status, so its members
 * (backup, replication, ...) are those a real task of that kind carries; what the run decides
 * (status, progress, times, error_info) is rendered from the run (render-task.ts).
 */
export const cbrTasks: TaskModel = {
  schema: 'OperationLog',
  complete({ task: partial, tenant, run, now, rng }) {
    const type = OPERATION_TYPES.find((t) => t === partial['operation_type']);
    const made = makeTask(rng, DEMO_FLEET, now, { type, status: run.outcome === 'success' ? 'success' : 'failed' });
    const project = tenant ?? (typeof partial['project_id'] === 'string' ? partial['project_id'] : DEMO_PROJECT_ID);
    const id = typeof partial['id'] === 'string' && partial['id'] !== '' ? partial['id'] : made.id;
    const queued = formatCbrTimestamp(run.queuedAt, styleOf(made.created_at));
    // The generated task's times and end are the data set's; a new task's start from its run.
    const fresh: Record<string, unknown> = { ...made, created_at: queued, started_at: queued, updated_at: queued };
    delete fresh['ended_at'];
    const task = { ...fresh, ...partial, id, project_id: project } as unknown as OperationLog;
    return { id, tenant: project, task: renderOperationLog(task, run, now), run };
  },
  render: (stored, now) => (stored.run ? renderOperationLog(stored.task as OperationLog, stored.run, now) : stored.task),
  arrival(now: number, rng: Rng) {
    const type = rng.weighted(ARRIVALS);
    const [min, max] = RUN_TIME[type];
    const run: Run = {
      queuedAt: now,
      startAfterMs: 5_000 + rng.int(55_000),
      durationMs: min + rng.int(max - min),
      // CBR tasks cannot be cancelled by their users (no such API): they succeed or fail.
      outcome: rng.next() < 0.9 ? 'success' : 'failure',
    };
    return { task: { operation_type: type }, run };
  },
  arrivalsPerHour: 120,
};
