/**
 * The Velostrata v4 `TaskDescription` (seed 001; specs/velostrata.yaml), as the mock sends it.
 * Every field is optional in the spec; the seed names the type field `taskType` (decisions
 * "Velostrata"), so the mock never sends the v2.5 name `type`.
 */
export type TaskState = 'Running' | 'Failed' | 'Cancelled' | 'Succeeded' | 'Failing' | 'Cancelling';

/** The v2.5 yaml `TaskType` enum (api-facts 2.4), the values the spec accepts. */
export type TaskType =
  | 'RunVmInCloud'
  | 'RunVmOnPrem'
  | 'StartVm'
  | 'StopVm'
  | 'RebootVm'
  | 'ReconfigureVm'
  | 'CreateCloudExtension'
  | 'DeleteCloudExtension'
  | 'StopCloudExtension'
  | 'StartCloudExtension'
  | 'RepairCloudExtension'
  | 'MigrateToCloud'
  | 'PrepareToDetach'
  | 'DetachVm'
  | 'CleanupVm'
  | 'CancelDetach'
  | 'FullMigration'
  | 'UpgradeManagement'
  | 'DownloadMgmtPackage';

export type EntityType = 'VmId' | 'CloudExtensionId' | 'CredentialsId' | 'TaskId';

export interface EntityId {
  readonly value?: string;
  readonly _type: EntityType;
}

export interface TaskId {
  readonly value?: string;
  readonly _type: 'TaskId';
}

export interface TaskDescription {
  readonly additionalInfo?: Readonly<Record<string, unknown>>;
  readonly endTime?: string;
  readonly entity?: EntityId;
  readonly errorDetails?: string;
  readonly errorMessage?: readonly string[];
  readonly id?: TaskId;
  readonly onPremisesTaskId?: string;
  readonly parentTaskId?: TaskId;
  readonly progress?: number;
  readonly progressMessage?: readonly string[];
  readonly startTime?: string;
  readonly state?: TaskState;
  readonly subTasks?: readonly TaskId[];
  readonly taskType?: TaskType;
  readonly username?: string;
}
