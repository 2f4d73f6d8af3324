import type { TaskType } from './task-description';

/**
 * What each Velostrata v4 task type does: what it acts on, the progress messages of its
 * stages (the view words a running task's `progressMessage` with them, progress-words.ts),
 * how long it runs and how often it is started (the generator and new tasks). Types are the v2.5
 * yaml `TaskType` enum (api-facts 2.4); the stage texts follow the seed's and the spec
 * examples' style ("Migrating storage to cloud", "Deploying Cloud Edge nodes").
 */
export interface TaskKind {
  readonly type: TaskType;
  /** What the task acts on; the Manager's own upgrades act on no entity. */
  readonly entity: 'VmId' | 'CloudExtensionId' | undefined;
  /** Progress messages in order: a task at progress p shows stage floor(p / 100 * stages). */
  readonly stages: readonly string[];
  /** The progress message of a task that succeeded. */
  readonly done: string;
  /** Noun phrase for "Cancelling ..." / "... cancelled". */
  readonly label: string;
  /** `errorMessage[0]` of a failed or failing task. */
  readonly failure: string;
  readonly minutes: readonly [number, number];
  /** How often a user starts this type on its own (0: only as a sub task). */
  readonly weight: number;
}

export const TASK_KINDS: readonly TaskKind[] = [
  { type: 'RunVmInCloud', entity: 'VmId', weight: 14, minutes: [4, 25],
    label: 'run in cloud', failure: 'Failed to run VM in cloud', done: 'VM is running in cloud',
    stages: ['Preparing VM for run in cloud', 'Creating instance in cloud', 'Starting instance in cloud', 'Waiting for VM to boot in cloud'] },
  { type: 'RunVmOnPrem', entity: 'VmId', weight: 4, minutes: [10, 90],
    label: 'run on premises', failure: 'Failed to run VM on premises', done: 'VM is running on premises',
    stages: ['Stopping instance in cloud', 'Synchronising cache to on-premises storage', 'Starting VM on premises'] },
  { type: 'StartVm', entity: 'VmId', weight: 6, minutes: [2, 8],
    label: 'start', failure: 'Failed to start VM', done: 'VM started',
    stages: ['Starting instance in cloud', 'Waiting for VM to boot'] },
  { type: 'StopVm', entity: 'VmId', weight: 6, minutes: [1, 6],
    label: 'stop', failure: 'Failed to stop VM', done: 'VM stopped',
    stages: ['Shutting down guest OS', 'Stopping instance in cloud'] },
  { type: 'RebootVm', entity: 'VmId', weight: 3, minutes: [2, 6],
    label: 'reboot', failure: 'Failed to reboot VM', done: 'VM rebooted',
    stages: ['Rebooting guest OS', 'Waiting for VM to boot'] },
  { type: 'ReconfigureVm', entity: 'VmId', weight: 3, minutes: [3, 12],
    label: 'reconfigure', failure: 'Failed to reconfigure VM', done: 'VM reconfigured',
    stages: ['Stopping instance in cloud', 'Applying instance type and network settings', 'Starting instance in cloud'] },
  { type: 'CreateCloudExtension', entity: 'CloudExtensionId', weight: 3, minutes: [12, 35],
    label: 'Cloud Extension creation', failure: 'Failed to create Cloud Extension', done: 'Cloud Extension is active',
    stages: ['Validating cloud credentials', 'Deploying Cloud Edge nodes', 'Configuring Cloud Edge networking', 'Waiting for Cloud Edge nodes to become healthy'] },
  { type: 'DeleteCloudExtension', entity: 'CloudExtensionId', weight: 1, minutes: [5, 15],
    label: 'Cloud Extension deletion', failure: 'Failed to delete Cloud Extension', done: 'Cloud Extension deleted',
    stages: ['Deleting Cloud Edge nodes', 'Removing Cloud Extension resources'] },
  { type: 'StopCloudExtension', entity: 'CloudExtensionId', weight: 1, minutes: [3, 10],
    label: 'Cloud Extension stop', failure: 'Failed to stop Cloud Extension', done: 'Cloud Extension stopped',
    stages: ['Stopping Cloud Edge nodes'] },
  { type: 'StartCloudExtension', entity: 'CloudExtensionId', weight: 1, minutes: [4, 12],
    label: 'Cloud Extension start', failure: 'Failed to start Cloud Extension', done: 'Cloud Extension is active',
    stages: ['Starting Cloud Edge nodes', 'Waiting for Cloud Edge nodes to become healthy'] },
  { type: 'RepairCloudExtension', entity: 'CloudExtensionId', weight: 1, minutes: [10, 40],
    label: 'Cloud Extension repair', failure: 'Failed to repair Cloud Extension', done: 'Cloud Extension repaired',
    stages: ['Replacing failed Cloud Edge node', 'Resynchronising Cloud Edge nodes'] },
  { type: 'MigrateToCloud', entity: 'VmId', weight: 10, minutes: [30, 720],
    label: 'storage migration', failure: 'Failed to migrate VM storage to cloud', done: 'Storage migration completed',
    stages: ['Migrating storage to cloud'] },
  { type: 'PrepareToDetach', entity: 'VmId', weight: 4, minutes: [10, 120],
    label: 'prepare to detach', failure: 'Failed to prepare VM for detach', done: 'VM is ready to detach',
    stages: ['Synchronising cache to cloud storage', 'Creating cloud disks'] },
  { type: 'DetachVm', entity: 'VmId', weight: 4, minutes: [5, 40],
    label: 'detach', failure: 'Failed to detach VM', done: 'VM detached',
    stages: ['Stopping instance in cloud', 'Detaching VM from Velostrata', 'Starting native cloud instance'] },
  { type: 'CleanupVm', entity: 'VmId', weight: 4, minutes: [2, 10],
    label: 'cleanup', failure: 'Failed to clean up VM', done: 'VM cleaned up',
    stages: ['Deleting Velostrata cache', 'Removing on-premises VM'] },
  { type: 'CancelDetach', entity: 'VmId', weight: 1, minutes: [2, 15],
    label: 'cancel detach', failure: 'Failed to cancel detach', done: 'Detach cancelled',
    stages: ['Cancelling detach', 'Reverting cloud disks'] },
  { type: 'FullMigration', entity: 'VmId', weight: 14, minutes: [0, 0],
    label: 'full migration', failure: 'Full migration failed', done: 'Full migration completed',
    stages: [] },
  { type: 'UpgradeManagement', entity: undefined, weight: 0.5, minutes: [15, 40],
    label: 'upgrade', failure: 'Failed to upgrade Velostrata Manager', done: 'Velostrata Manager upgraded',
    stages: ['Upgrading Velostrata Manager', 'Restarting management services'] },
  { type: 'DownloadMgmtPackage', entity: undefined, weight: 0.5, minutes: [2, 12],
    label: 'download', failure: 'Failed to download management package', done: 'Management package downloaded',
    stages: ['Downloading management package', 'Verifying package signature'] },
];

/** The sub tasks of a `FullMigration`, in the order the Manager runs them. */
export const FULL_MIGRATION_STEPS: readonly TaskType[] = ['RunVmInCloud', 'MigrateToCloud', 'PrepareToDetach', 'DetachVm', 'CleanupVm'];

/** The kind of a task type the catalogue knows, or undefined (a task given without a type). */
export function findKind(type: TaskType | undefined): TaskKind | undefined {
  return type === undefined ? undefined : TASK_KINDS.find((k) => k.type === type);
}

export function kindOf(type: TaskType): TaskKind {
  const kind = TASK_KINDS.find((k) => k.type === type);
  if (!kind) throw new Error(`velostrata: no task kind ${type}`);
  return kind;
}
