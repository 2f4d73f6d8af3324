import type { GenerateOptions } from '../../../src/dialect';
import type { Rng } from '../../../src/runtime/rng';
import { buildJob, type Draft, type JobSubject } from './build-job';
import { isActive } from '../filters';
import { kindOf, TASK_KINDS, type TaskKind } from '../task-catalogue';
import type { TaskDescription, TaskId, TaskState } from '../task-description';

/** The seed's example body (seed 001 "Example data"), kept verbatim under fixtures/doc-examples. */
export const SEED_EXAMPLE_FILE = 'getActiveTasks.200.seed.json';

/**
 * Users who start tasks: the API user of the scripts (api-facts 2.1) and vCenter users of the
 * Velostrata vCenter plug-in, whose tasks also appear in vCenter (`onPremisesTaskId`).
 */
const USERS: readonly (readonly [string, number])[] = [
  ['apiuser', 25],
  ['CORP\\vcenter-admin', 35],
  ['administrator@vsphere.local', 25],
  ['CORP\\migration-ops', 15],
];
export const API_USER = 'apiuser';

/** The first jobs cover every state, so any count shows each one (and a full migration at work). */
const FIRST_STATES: readonly TaskState[] = ['Running', 'Failing', 'Cancelling', 'Succeeded', 'Failed', 'Cancelled'];
const STATE_WEIGHTS: readonly (readonly [TaskState, number])[] = [
  ['Succeeded', 68],
  ['Failed', 10],
  ['Cancelled', 6],
  ['Running', 10],
  ['Failing', 3],
  ['Cancelling', 3],
];
/** A Manager runs at most a few hundred tasks at once, however long its history: large data sets stay listable. */
const MAX_ACTIVE = 500;
const DISK_GIB = [20, 40, 60, 80, 100, 120, 160, 200, 250, 500, 1024];

/**
 * `count` Velostrata v4 tasks (FullMigration sub tasks included) plus the seed's example record,
 * in every state; ids `t-<n>` follow start order, as a Manager numbers its tasks. Deterministic
 * from `rng`; every time lies before `now`.
 */
export function generate({ rng, count, now, docExample }: GenerateOptions): { tasks: Iterable<TaskDescription> } {
  const drafts: Draft[] = [];
  let active = 0;
  for (let job = 0; drafts.length < count; job += 1) {
    const left = count - drafts.length;
    const kind = job === 0 && left >= 6 ? kindOf('FullMigration') : pickKind(rng, left);
    let state = FIRST_STATES[job] ?? rng.weighted(STATE_WEIGHTS);
    if (active >= MAX_ACTIVE && isActive({ state })) state = 'Succeeded';
    const tasks = buildJob(subjectFor(rng), kind, state, now);
    active += tasks.filter((t) => isActive(t)).length;
    drafts.push(...tasks);
  }
  const seed = seedRecord(docExample);
  const records = toRecords(drafts, rng);
  return {
    tasks: (function* () {
      yield seed;
      yield* records;
    })(),
  };
}

/** The seed's record, verbatim: state Running, so the document's request (`GET /tasks`) returns it. */
function seedRecord(docExample: GenerateOptions['docExample']): TaskDescription {
  const page = docExample(SEED_EXAMPLE_FILE) as { content?: TaskDescription[] };
  const record = page.content?.[0];
  if (!record) throw new Error(`velostrata: ${SEED_EXAMPLE_FILE} has no content[0]`);
  return record;
}

function pickKind(rng: Rng, left: number): TaskKind {
  const kind = rng.weighted(TASK_KINDS.map((k) => [k, k.weight] as const));
  // A full migration makes up to six tasks: near the count, start a plain run in cloud instead.
  return kind.type === 'FullMigration' && left < 6 ? kindOf('RunVmInCloud') : kind;
}

/** Who a job is for: a VM, a Cloud Extension, a user and a disk size (also new tasks', complete-task.ts). */
export function subjectFor(rng: Rng): JobSubject {
  return {
    rng,
    vm: `vm-${1001 + rng.int(480)}`,
    ce: `ce-${1 + rng.int(4)}`,
    username: rng.weighted(USERS),
    diskBytes: rng.pick(DISK_GIB) * 2 ** 30,
  };
}

/**
 * Orders drafts by start time, numbers them, and writes them in the seed's key order, one at
 * a time as the caller iterates (a large data set is never held twice). Everything random is
 * drawn before the first record is yielded, so the data never depends on when it is read.
 */
function toRecords(drafts: readonly Draft[], rng: Rng): Iterable<TaskDescription> {
  const ordered = [...drafts].sort((a, b) => a.start - b.start);
  const ids = new Map<Draft, TaskId>(ordered.map((d, i) => [d, { value: `t-${i + 1}`, _type: 'TaskId' }]));
  const idOf = (d: Draft): TaskId => ids.get(d) as TaskId;
  // vCenter numbers its own tasks; only top-level tasks started in vCenter carry that number.
  const vcenterTasks = new Int32Array(ordered.length);
  let vcenterTask = 4000 + rng.int(1000);
  ordered.forEach((d, i) => {
    if (d.parent !== undefined || d.username === API_USER) return;
    vcenterTask += 1 + rng.int(40);
    vcenterTasks[i] = vcenterTask;
  });
  return (function* () {
    for (const [i, d] of ordered.entries()) yield toRecord(d, idOf, vcenterTasks[i] ?? 0);
  })();
}

function toRecord(d: Draft, idOf: (d: Draft) => TaskId, vcenterTask: number): TaskDescription {
  return withoutUndefined({
    additionalInfo: d.additionalInfo,
    endTime: d.end === undefined ? undefined : new Date(d.end).toISOString(),
    entity: d.entity,
    errorDetails: d.errorDetails,
    errorMessage: d.errorMessage,
    id: idOf(d),
    onPremisesTaskId: vcenterTask === 0 ? undefined : `task-${vcenterTask}`,
    parentTaskId: d.parent === undefined ? undefined : idOf(d.parent),
    progress: d.progress,
    progressMessage: d.progressMessage,
    startTime: new Date(d.start).toISOString(),
    state: d.state,
    subTasks: d.subs.map(idOf),
    taskType: d.kind.type,
    username: d.username,
  });
}

/** Absent fields are left out, as Jackson's NON_NULL writes them (the seed shows no nulls). */
function withoutUndefined(record: Record<string, unknown>): TaskDescription {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) if (value !== undefined) out[key] = value;
  return out as TaskDescription;
}

