import type { AstraStateTransition, AstraTaskState } from './astra-task';

/** What a task is about: decides its resourceID/resourceURI/resourceCollectionURI. */
export type ResourceKind = 'app' | 'snapshot' | 'backup' | 'clone' | 'appMirror' | 'cluster';

export interface StepDef {
  readonly name: string;
  readonly summary: string;
  readonly description: string;
  readonly resource: ResourceKind;
  /** Typical run time in seconds, [min, max]. */
  readonly seconds: readonly [number, number];
  /** Only when the app has execution hooks. */
  readonly hooksOnly?: boolean;
}

/** How a task may be steered: the vendor's pausable tasks list running⇄paused (seed 003). */
export type Steering = 'pausable' | 'cancellable' | 'fixed';

export interface FamilyDef {
  readonly root: StepDef;
  /** Subtasks in `orderHint` order; empty for single tasks. */
  readonly children: readonly StepDef[];
  readonly service: string;
  readonly steering: Steering;
  /** Share of jobs started by a protection schedule or retention (no userID) rather than a user. */
  readonly scheduled: number;
  readonly weight: number;
}

const step = (name: string, summary: string, description: string, resource: ResourceKind, seconds: [number, number], hooksOnly = false): StepDef =>
  ({ name, summary, description, resource, seconds, hooksOnly });

/**
 * Astra Control's long-running operations (seed 003: astra.backup with astra.backup.prep;
 * spec examples: astra.backup.transfer, astra.snapshot, astra.restore), with the subtasks a
 * parent runs in order. Names follow the vendor's pattern `^(([a-z])*(\.))*([a-z])+$`.
 */
export const FAMILIES: readonly FamilyDef[] = [
  {
    root: step('astra.backup', 'Backup', 'Task to take a Backup for an application', 'backup', [0, 0]),
    children: [
      step('astra.backup.prep', 'Backup preparation', 'Task to prepare for the application backup', 'snapshot', [15, 180]),
      step('astra.backup.transfer', 'Backup data transfer', 'Task to copy the application snapshot data to the backup bucket', 'backup', [60, 2700]),
    ],
    service: 'nautilus', steering: 'pausable', scheduled: 0.7, weight: 30,
  },
  {
    root: step('astra.snapshot', 'Snapshot', 'Task to take a Snapshot for an application', 'snapshot', [0, 0]),
    children: [
      step('astra.snapshot.prehooks', 'Pre-snapshot execution hooks', 'Task to run the pre-snapshot execution hooks of the application', 'snapshot', [2, 40], true),
      step('astra.snapshot.create', 'Snapshot creation', 'Task to create the volume snapshots of the application', 'snapshot', [8, 300]),
      step('astra.snapshot.posthooks', 'Post-snapshot execution hooks', 'Task to run the post-snapshot execution hooks of the application', 'snapshot', [2, 40], true),
    ],
    service: 'nautilus', steering: 'cancellable', scheduled: 0.8, weight: 30,
  },
  {
    root: step('astra.restore', 'Restore', 'Task to restore an application from a backup', 'app', [0, 0]),
    children: [
      step('astra.restore.prep', 'Restore preparation', 'Task to prepare the destination of the application restore', 'app', [10, 120]),
      step('astra.restore.transfer', 'Restore data transfer', 'Task to copy the backup data to the application volumes', 'app', [60, 3600]),
      step('astra.restore.finalize', 'Restore finalization', 'Task to recreate the Kubernetes resources of the application', 'app', [5, 90]),
    ],
    service: 'nautilus', steering: 'pausable', scheduled: 0, weight: 6,
  },
  {
    root: step('astra.clone', 'Clone', 'Task to clone an application', 'clone', [0, 0]),
    children: [
      step('astra.clone.prep', 'Clone preparation', 'Task to prepare the destination of the application clone', 'clone', [10, 90]),
      step('astra.clone.transfer', 'Clone data transfer', 'Task to copy the application data to the clone volumes', 'clone', [60, 2400]),
    ],
    service: 'nautilus', steering: 'pausable', scheduled: 0, weight: 4,
  },
  single(step('astra.app.manage', 'Manage application', 'Task to start managing an application', 'app', [3, 45]), 'composite-compute', 'fixed', 0, 5),
  single(step('astra.app.unmanage', 'Unmanage application', 'Task to stop managing an application', 'app', [2, 30]), 'composite-compute', 'fixed', 0, 2),
  single(step('astra.appmirror.establish', 'Establish replication', 'Task to establish a replication relationship for an application', 'appMirror', [120, 1800]), 'nautilus', 'cancellable', 0, 2),
  single(step('astra.appmirror.failover', 'Fail over replication', 'Task to fail over a replicated application to the destination cluster', 'appMirror', [60, 900]), 'nautilus', 'fixed', 0, 1),
  single(step('astra.appmirror.resync', 'Resync replication', 'Task to resynchronise the replication relationship of an application', 'appMirror', [120, 2400]), 'nautilus', 'cancellable', 0, 1),
  single(step('astra.cluster.manage', 'Manage cluster', 'Task to start managing a Kubernetes cluster', 'cluster', [60, 420]), 'composite-compute', 'fixed', 0, 1),
  single(step('astra.backup.delete', 'Delete backup', 'Task to delete an application backup and its data in the bucket', 'backup', [5, 240]), 'nautilus', 'fixed', 0.85, 6),
  single(step('astra.snapshot.delete', 'Delete snapshot', 'Task to delete an application snapshot', 'snapshot', [2, 60]), 'nautilus', 'fixed', 0.85, 6),
];

function single(root: StepDef, service: string, steering: Steering, scheduled: number, weight: number): FamilyDef {
  return { root, children: [], service, steering, scheduled, weight };
}

/** The permitted transitions each kind lists (the vendor's pausable tasks: seed 003, verbatim). */
export const TRANSITIONS: Readonly<Record<Steering, readonly AstraStateTransition[]>> = {
  pausable: [
    { from: 'running', to: ['paused', 'cancelled'] },
    { from: 'paused', to: ['running', 'cancelled'] },
  ],
  cancellable: [{ from: 'running', to: ['cancelled'] }],
  fixed: [],
};

/** How often a job ends in each state, and which states a kind of task can reach at all. */
const OUTCOME_WEIGHTS: readonly (readonly [AstraTaskState, number])[] = [
  ['completed', 70], ['failed', 11], ['cancelled', 4], ['running', 6],
  ['notStarted', 2], ['paused', 2], ['pausing', 1], ['cancelling', 1],
];
const REACHABLE: Readonly<Record<Steering, ReadonlySet<AstraTaskState>>> = {
  pausable: new Set(OUTCOME_WEIGHTS.map(([state]) => state)),
  cancellable: new Set<AstraTaskState>(['notStarted', 'running', 'completed', 'failed', 'cancelling', 'cancelled']),
  fixed: new Set<AstraTaskState>(['notStarted', 'running', 'completed', 'failed']),
};

export function outcomeWeights(steering: Steering): readonly (readonly [AstraTaskState, number])[] {
  return OUTCOME_WEIGHTS.filter(([state]) => REACHABLE[steering].has(state));
}

/** States that are still going on at "now": such jobs started shortly before it. */
export const ACTIVE_STATES: ReadonlySet<AstraTaskState> = new Set(['notStarted', 'running', 'pausing', 'paused', 'cancelling']);
