import { runStateAt, type RunState } from '../../src/state/lifecycle';
import { endOf, type Run } from '../../src/state/run';
import type { StoredTask } from '../../src/state/stored-task';
import { fullMigrationMessage, progressMessage, shareOf } from './progress-words';
import { findKind } from './task-catalogue';
import type { TaskDescription, TaskState } from './task-description';
import { asTaskError } from './task-error';

/**
 * The task as `GET /tasks/{taskId}` and `GET /tasks` show it at `now` (decisions.md, "The
 * admin API", Velostrata row): waiting and running are `Running` (progress 0 while waiting,
 * then rising), the wind-down before a failure or a cancellation is `Failing` / `Cancelling`,
 * then `Succeeded`, `Failed` or `Cancelled`. A task without a run is served as stored.
 *
 * The stored task is a snapshot of the task at some moment (as loaded, created, or cancelled):
 * while the run still shows the snapshot's state and progress, the snapshot is what is served,
 * so a loaded record renders at the data set's `now` exactly as the fixture holds it.
 */
export function renderTask(stored: StoredTask, now: number): TaskDescription {
  const task = stored.task as TaskDescription;
  if (stored.run === undefined) return task;
  const at = runStateAt(stored.run, now);
  if (stateWord(at) === task.state && shownProgress(task, at) === task.progress) return task;
  return deriveTask(task, stored.run, now);
}

/** Every field the run decides, derived at `now` whatever the snapshot says; the others kept. */
export function deriveTask(task: TaskDescription, run: Run, now: number): TaskDescription {
  const at = runStateAt(run, now);
  const state = stateWord(at);
  const progress = shownProgress(task, at);
  const failed = at.outcome === 'failure' && (at.phase === 'ending' || at.phase === 'done');
  const error = failed ? (asTaskError(run.error) ?? { errorMessage: [findKind(task.taskType)?.failure ?? 'Task failed'] }) : undefined;
  const info = task.additionalInfo;
  return inSeedOrder({
    ...task,
    additionalInfo: info === undefined ? undefined : progressInfo(info, progress),
    endTime: at.phase === 'done' ? new Date(endOf(run)).toISOString() : undefined,
    errorDetails: error?.errorDetails,
    errorMessage: error?.errorMessage,
    progress,
    progressMessage: wordsFor(task, state, progress),
    startTime: new Date(run.queuedAt).toISOString(),
    state,
  });
}

/** The Velostrata state word of a phase (decisions.md table; a scheduled task is not shown at all). */
export function stateWord(at: RunState): TaskState {
  if (at.phase === 'ending') return at.outcome === 'failure' ? 'Failing' : 'Cancelling';
  if (at.phase !== 'done') return 'Running';
  return at.outcome === 'success' ? 'Succeeded' : at.outcome === 'failure' ? 'Failed' : 'Cancelled';
}

const WOUND_DOWN: ReadonlySet<string> = new Set<TaskState>(['Failing', 'Cancelling', 'Failed', 'Cancelled']);

/**
 * The integer progress shown (`progress` is an int32, seed 001). A failing or cancelled task
 * keeps the progress it had when its wind-down began. The run model holds progress through the
 * wind-down, but measures it against the run's whole duration, so it is always 80 or more there
 * (lifecycle.ts windDownMs, cancelRun); a snapshot taken when the task started winding down (a
 * loaded `Failing` record, the task as cancelled by `DELETE`) holds the true one.
 */
function shownProgress(task: TaskDescription, at: RunState): number {
  if (at.phase === 'scheduled' || at.phase === 'waiting') return 0;
  if (at.phase === 'running') return Math.floor(at.progress);
  if (at.outcome === 'success') return 100;
  if (WOUND_DOWN.has(task.state ?? '') && typeof task.progress === 'number') return task.progress;
  return Math.floor(at.progress);
}

function wordsFor(task: TaskDescription, state: TaskState, progress: number): readonly string[] | undefined {
  const kind = findKind(task.taskType);
  if (kind === undefined) return task.progressMessage;
  const disk = numberAt(task.additionalInfo, 'MigrationTotalByteCount') ?? 0;
  return kind.type === 'FullMigration' ? fullMigrationMessage(kind, state, progress, disk) : progressMessage(kind, state, progress, disk);
}

/** Counters of work done follow the progress (v2.5 `AdditionInfoKey`, api-facts 2.4); other keys are kept. */
function progressInfo(info: Readonly<Record<string, unknown>>, progress: number): Readonly<Record<string, unknown>> {
  const bytes = numberAt(info, 'MigrationTotalByteCount');
  const records = numberAt(info, 'DetachTotalRecords');
  let out = info;
  if (bytes !== undefined && 'MigrationProgressByteCount' in info) out = { ...out, MigrationProgressByteCount: shareOf(bytes, progress) };
  if (records !== undefined && 'DetachProcessedRecords' in info) out = { ...out, DetachProcessedRecords: shareOf(records, progress) };
  return out;
}

function numberAt(info: Readonly<Record<string, unknown>> | undefined, key: string): number | undefined {
  const value = info?.[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** The seed's key order (as the generator writes records); keys it does not list follow. Absent fields are left out (Jackson NON_NULL). */
const SEED_ORDER = [
  'additionalInfo', 'endTime', 'entity', 'errorDetails', 'errorMessage', 'id', 'onPremisesTaskId', 'parentTaskId',
  'progress', 'progressMessage', 'startTime', 'state', 'subTasks', 'taskType', 'username',
] as const;

function inSeedOrder(fields: Readonly<Record<string, unknown>>): TaskDescription {
  const out: Record<string, unknown> = {};
  for (const key of SEED_ORDER) if (fields[key] !== undefined) out[key] = fields[key];
  for (const [key, value] of Object.entries(fields)) if (value !== undefined && !(key in out)) out[key] = value;
  return out as TaskDescription;
}
