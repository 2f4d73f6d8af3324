import type { Rng } from '../../src/runtime/rng';
import type { AstraStateDetail, AstraTask } from './astra-task';
import { formatMicros } from './astra-time';
import { failureDetail } from './failure-details';
import type { JobTimeline, TaskRun } from './job-timeline';
import { TRANSITIONS, type FamilyDef, type StepDef } from './task-families';
import { taskResource, type JobResources } from './task-resource';
import type { AccountTopology } from './topology';
import { uuid4 } from './uuid';

/** The nil UUID: `createdBy` of tasks the system creates (seed 003 example). */
const SYSTEM = '00000000-0000-0000-0000-000000000000';

export interface JobPlan {
  readonly family: FamilyDef;
  readonly steps: readonly StepDef[];
  readonly topology: AccountTopology;
  readonly resources: JobResources;
  readonly timeline: JobTimeline;
  /** Absolute creation time of the job (epoch microseconds). */
  readonly t0Us: number;
  readonly version: '1.0' | '1.1';
  /** The user who started it; undefined for scheduled and retention jobs. */
  readonly userId: string | undefined;
}

/**
 * The records of one job: the parent, then its started subtasks (`parentTaskID`, `orderHint`).
 * Subtasks carry the parent's userID (seed 003: the prep subtask has the user, `createdBy` nil);
 * the parent's `createdBy` is its user, or nil for scheduled work. Version "1.0" tasks have no
 * userID (release 22.11, api-facts 4.3). A failed job's parent repeats its failed subtask's detail.
 */
export function makeJob(rng: Rng, plan: JobPlan): AstraTask[] {
  const { family, timeline, resources, topology } = plan;
  const rootId = uuid4(rng);
  const failedStep = timeline.root.state === 'failed' ? (family.children.length ? plan.steps[timeline.current ?? 0] : family.root) : undefined;
  const failure = failedStep ? [failureDetail(failedStep.name, failureContext(rng, resources, topology), rng)] : [];
  const steerer = ['cancelled', 'cancelling', 'paused', 'pausing'].includes(timeline.root.state) ? (plan.userId ?? rng.pick(topology.users)) : undefined;
  const base = { plan, parentId: undefined as string | undefined };
  const root = toTask(family.root, timeline.root, { ...base, id: rootId, orderHint: 0, details: failure, createdBy: plan.userId ?? SYSTEM, modifiedBy: steerer });
  const children = timeline.steps.map((run, i) =>
    toTask(plan.steps[i] as StepDef, run, {
      ...base,
      id: uuid4(rng),
      parentId: rootId,
      orderHint: i,
      details: run.state === 'failed' ? failure : [],
      createdBy: SYSTEM,
      modifiedBy: undefined,
    }),
  );
  return [root, ...children];
}

interface TaskInput {
  readonly plan: JobPlan;
  readonly id: string;
  readonly parentId: string | undefined;
  readonly orderHint: number;
  readonly details: readonly AstraStateDetail[];
  readonly createdBy: string;
  readonly modifiedBy: string | undefined;
}

function toTask(def: StepDef, run: TaskRun, input: TaskInput): AstraTask {
  const { plan } = input;
  const at = (us: number | undefined) => (us === undefined ? undefined : formatMicros(plan.t0Us + us));
  const resource = taskResource(def.resource, plan.resources);
  const userId = plan.version === '1.1' ? plan.userId : undefined;
  const created = formatMicros(plan.t0Us + (input.parentId ? (run.startUs ?? 0) : 0));
  const task = {
    type: 'application/astra-task' as const,
    version: plan.version,
    id: input.id,
    name: def.name,
    summary: def.summary,
    description: def.description,
    service: plan.family.service,
    parentTaskID: input.parentId,
    userID: userId,
    resourceID: resource.id,
    resourceURI: resource.uri,
    resourceCollectionURI: resource.collection,
    state: run.state,
    stateTransitions: TRANSITIONS[plan.family.steering],
    stateDetails: input.details,
    orderHint: input.orderHint,
    percentDone: run.percent,
    startTime: at(run.startUs),
    endTime: at(run.endUs),
    cancelTime: at(run.cancelUs),
    metadata: {
      // Always empty: every task in the sources has `labels: []` (seed 003, the vendor's list
      // examples), tasks cannot be written through the API, and the system's read-only labels
      // are seen on apps, backups, clusters and credentials only (spec AstraMetadata).
      labels: [],
      creationTimestamp: created,
      modificationTimestamp: at(run.modifiedUs) ?? created,
      createdBy: input.createdBy,
      modifiedBy: input.modifiedBy,
    },
  };
  return withoutUndefined(task) as AstraTask;
}

function failureContext(rng: Rng, resources: JobResources, topology: AccountTopology) {
  return {
    app: resources.app,
    bucket: rng.pick(topology.buckets),
    targetCluster: resources.clone.cluster,
    backupId: resources.backupId,
    snapshotId: resources.snapshotId,
  };
}

/** Drops absent optional fields (the task schema is closed and has no nulls). */
function withoutUndefined<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined) continue;
    out[key] = field !== null && typeof field === 'object' && !Array.isArray(field) ? withoutUndefined(field as object) : field;
  }
  return out as T;
}
