import type { OperationType, ResourceType, TaskStatus } from './vocabulary';

/**
 * The parts of a CBR `OperationLog` (specs/cbr.yaml) the mock reads or the generator writes.
 * Records are validated against the spec schema before the state sees them; objects stay open,
 * so whatever else a record holds is served as it is.
 */
export interface OperationLog {
  id: string;
  project_id: string;
  operation_type?: OperationType;
  status: TaskStatus;
  provider_id?: string;
  policy_id?: string | null;
  checkpoint_id?: string | null;
  vault_id?: string;
  vault_name?: string;
  created_at: string;
  started_at: string;
  ended_at?: string | null;
  updated_at: string;
  error_info: { code?: string; message?: string };
  extra_info?: OpExtraInfo;
  /** Not an OperationLog field (api-facts 5.6); read only if a user's own data carries one. */
  enterprise_project_id?: string;
}

export interface CbrResource {
  id: string;
  name: string;
  type: ResourceType;
  extra_info?: { exclude_volumes?: string[]; include_volumes?: Array<{ id: string; os_version?: string }> };
}

export interface OpExtraInfo {
  resource: CbrResource;
  common: { progress: number; request_id: string; task_id?: string };
  backup?: Record<string, string>;
  delete?: { backup_id: string; backup_name: string };
  restore?: Record<string, string>;
  replication?: Record<string, string>;
  sync?: { sync_backup_num: number; delete_backup_num: number; err_sync_backup_num: number };
  remove_resources?: { fail_count: number; total_count: number; resources: CbrResource[] };
  vault_delete?: { fail_count: number; total_count: number };
}
