import type { Rng } from '../../../src/runtime/rng';
import { AGENT_OFFLINE, type ErrorInfo } from './failures';
import { DESTINATION_REGIONS, SOURCE_REGION, type Fleet, type Vault } from './fleet';
import { uuid } from './ids';
import type { CbrResource, OpExtraInfo } from '../operation-log';
import type { OperationType, TaskStatus } from '../vocabulary';

/** What a task's type-specific `extra_info` member is built from. */
export interface TaskShape {
  readonly type: OperationType;
  readonly status: TaskStatus;
  readonly vault: Vault;
  readonly resource: CbrResource;
  /** Started by a policy (auto backups, scheduled replication, retention deletes) rather than by hand. */
  readonly auto: boolean;
  readonly error: ErrorInfo;
}

type TypeMember = Omit<OpExtraInfo, 'resource' | 'common'>;

/**
 * The member of `extra_info` a task's type carries (OpExtraInfo, specs/cbr.yaml): `backup`,
 * `delete`, `restore`, `replication` (also for legacy `copy`), `sync`, `remove_resources` (for
 * `remove_resource`: the vendor's names differ), `vault_delete`; `migrate_resources` has none.
 */
export function typeMember(rng: Rng, task: TaskShape, fleet: Fleet): TypeMember {
  const finished = task.status === 'success';
  switch (task.type) {
    case 'backup':
      return task.status === 'skipped' || task.status === 'waiting' ? {} : { backup: backupMember(rng, task) };
    case 'delete':
      return { delete: { backup_id: uuid(rng), backup_name: backupName(rng, task.auto) } };
    case 'restore': {
      // Mostly back onto the same resource; sometimes onto another one of the vault.
      const target = rng.next() < 0.8 ? task.resource : rng.pick(task.vault.resources);
      return {
        restore: { backup_id: uuid(rng), backup_name: backupName(rng, rng.next() < 0.7), target_resource_id: target.id, target_resource_name: target.name },
      };
    }
    case 'replication':
    case 'copy':
      return { replication: replicationMember(rng, task, fleet) };
    case 'sync': {
      const err = task.status === 'failed' ? 1 + rng.int(3) : 0;
      return { sync: { sync_backup_num: rng.int(6), delete_backup_num: rng.int(3), err_sync_backup_num: err } };
    }
    case 'remove_resource':
      return { remove_resources: { fail_count: finished ? 0 : 1 + rng.int(3), total_count: rng.int(30), resources: [task.resource] } };
    case 'vault_delete':
      return { vault_delete: { fail_count: finished ? 0 : 1 + rng.int(5), total_count: 5 + rng.int(40) } };
    case 'migrate_resources':
      return {};
  }
}

export function backupName(rng: Rng, auto: boolean): string {
  return `${auto ? 'autobk' : 'manualbk'}_${rng.hex(4)}`;
}

function backupMember(rng: Rng, task: TaskShape): Record<string, string> {
  const backup: Record<string, string> = { backup_id: uuid(rng), backup_name: backupName(rng, task.auto) };
  const server = task.resource.type === 'OS::Nova::Server' || task.resource.type === 'OS::Ironic::BareMetalServer';
  if (server && task.vault.appConsistent.has(task.resource.name)) {
    // A database server: application-consistent, unless its agent did not answer, in which
    // case the backup is still made, crash-consistent, and the app error is reported.
    const degraded = task.status === 'success' && rng.next() < 0.12;
    backup['app_consistency_status'] = degraded ? '0' : '1';
    backup['app_consistency_error_code'] = degraded ? AGENT_OFFLINE.code : '';
    backup['app_consistency_error_message'] = degraded ? AGENT_OFFLINE.message : '';
  } else if (server) {
    backup['app_consistency_status'] = '0';
  }
  // Whether a backup is incremental is known once it runs: a string, not a boolean
  // (api-facts 5.3). Manual backups and the weekly policy run are full.
  if (task.status !== 'failed') backup['incremental'] = task.auto && rng.next() >= 1 / 7 ? 'true' : 'false';
  return backup;
}

function replicationMember(rng: Rng, task: TaskShape, fleet: Fleet): Record<string, string> {
  const region = task.error.code === 'BackupService.1011' ? 'ap-southeast-1' : rng.pick(DESTINATION_REGIONS);
  const name = backupName(rng, task.auto);
  const legacy = task.type === 'copy';
  const member: Record<string, string> = { source_backup_id: uuid(rng) };
  if (!legacy) member['source_backup_name'] = name;
  if (!legacy) member['source_checkpoint_id'] = uuid(rng);
  member['source_project_id'] = task.vault.projectId;
  member['source_region'] = SOURCE_REGION;
  if (task.status === 'success') {
    member['destination_backup_id'] = uuid(rng);
    if (!legacy) member['destination_backup_name'] = name;
    member['destination_checkpoint_id'] = uuid(rng);
  }
  member['destination_project_id'] = fleet.destinationProjects[region] as string;
  member['destination_region'] = region;
  return member;
}
