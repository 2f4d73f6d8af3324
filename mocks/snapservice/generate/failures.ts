import { namedMessage, vapiMessage } from '../list-item';
import { GENERIC_TASK_ERROR } from '../run-errors';
import { integerParam, paramsOf, retentionParam, stringParam } from './localization-params';
import { GROUP_SNAPSHOT_FAULTS, VM_BUSY, VM_SNAPSHOT_FAULTS } from './snapshot-faults';
import { errorOnly, type Failure } from './task-failure';

/**
 * Error shapes follow api-facts 3.4 and 7: `error_type` from the vAPI enum, a stack of messages
 * (effect first, then cause), sometimes `@class` beside `error_type`, sometimes `data`. Error
 * types per operation are the ones the vendor binding lists for it (clusters_client.py error
 * dicts: create/update/delete/pause/resume). Message ids under com.vmware.snapservice are made up.
 */
const PG = 'com.vmware.snapservice.protection_groups';

/** An update refused because the group is paused: it fails at its first step, the state check. */
const updatePaused: Failure = (s) => {
  const name = stringParam(s.pg.name);
  return {
    error: {
      error_type: 'NOT_ALLOWED_IN_CURRENT_STATE',
      messages: [vapiMessage(`${PG}.paused`, `Protection group '${s.pg.name}' is paused and cannot be updated.`, [s.pg.name])],
    },
    progress: {
      total: 100,
      completed: 0,
      message: namedMessage(`${PG}.update.check_state`, `Checking the state of protection group '${name.text}'.`, paramsOf({ name })),
    },
  };
};

/**
 * An update whose policy keeps snapshots longer than 3 years: the retention travels as the nested
 * message (`l`) the descriptions use; it fails while validating the policy.
 */
const retentionTooLong: Failure = (s, { rng }) => {
  const retention = retentionParam(1096 + rng.int(730));
  const vms = integerParam(s.pg.vmCount);
  return {
    error: {
      error_type: 'INVALID_ARGUMENT',
      messages: [
        namedMessage(`${PG}.policies.retention.invalid`, `The retention period of ${retention.text} is not between 1 hour and 3 years.`, paramsOf({ retention })),
      ],
      data: null,
    },
    progress: {
      total: 100,
      completed: 0,
      message: namedMessage(
        `${PG}.update.validate`,
        `Validating the snapshot policy for ${vms.text} virtual machines, kept ${retention.text}.`,
        paramsOf({ vm_count: vms, retention }),
      ),
    },
  };
};

export const FAILURES: Readonly<Record<string, readonly Failure[]>> = {
  [`${PG}/create`]: [
    errorOnly((s) => ({
      error_type: 'INVALID_ARGUMENT',
      messages: [
        vapiMessage(`${PG}.vm_name_patterns.no_match`, `No virtual machine matches the name pattern '${s.pg.name.slice(3)}-*'.`, [`${s.pg.name.slice(3)}-*`]),
        vapiMessage(`${PG}.target_entities.empty`, 'The protection group has no target entities.'),
      ],
    })),
    errorOnly((s) => ({
      error_type: 'ALREADY_EXISTS',
      '@class': 'com.vmware.vapi.std.errors.already_exists',
      messages: [vapiMessage(`${PG}.name.exists`, `A protection group named '${s.pg.name}' already exists.`, [s.pg.name])],
    })),
  ],
  [`${PG}/update`]: [updatePaused, retentionTooLong],
  [`${PG}/delete`]: [
    errorOnly((s) => ({
      error_type: 'NOT_ALLOWED_IN_CURRENT_STATE',
      '@class': 'com.vmware.vapi.std.errors.not_allowed_in_current_state',
      messages: [vapiMessage(`${PG}.locked`, `Protection group '${s.pg.name}' is locked and cannot be deleted.`, [s.pg.name])],
    })),
  ],
  [`${PG}/pause`]: [
    errorOnly((s) => ({
      error_type: 'ALREADY_IN_DESIRED_STATE',
      messages: [vapiMessage(`${PG}.already_paused`, `Protection group '${s.pg.name}' is already paused.`, [s.pg.name])],
    })),
  ],
  [`${PG}/resume`]: [
    errorOnly((s) => ({
      error_type: 'ALREADY_IN_DESIRED_STATE',
      messages: [vapiMessage(`${PG}.already_active`, `Protection group '${s.pg.name}' is already active.`, [s.pg.name])],
    })),
  ],
  [`${PG}/snapshot`]: GROUP_SNAPSHOT_FAULTS,
  [`${PG}.snapshots/create`]: VM_SNAPSHOT_FAULTS,
  [`${PG}.snapshots/delete`]: [
    errorOnly((s) => ({
      error_type: 'RESOURCE_IN_USE',
      messages: [vapiMessage(`${PG}.snapshots.in_use`, `Snapshot '${s.snapshotId}' is used by a restore in progress.`, [s.snapshotId])],
    })),
  ],
  [`${PG}.snapshots/restore`]: [
    errorOnly((s) => ({
      error_type: 'NOT_FOUND',
      messages: [vapiMessage(`${PG}.snapshots.not_found`, `Snapshot '${s.snapshotId}' does not exist or has expired.`, [s.snapshotId])],
    })),
    VM_BUSY,
  ],
  'com.vmware.snapservice.clusters/update': [
    errorOnly((s) => ({
      error_type: 'SERVICE_UNAVAILABLE',
      messages: [vapiMessage('com.vmware.snapservice.clusters.vsan_health.unreachable', `The vSAN health service of cluster '${s.cluster.name}' cannot be reached.`, [s.cluster.name])],
    })),
  ],
  'com.vmware.snapservice.clusters/delete': [
    errorOnly((s) => ({
      error_type: 'RESOURCE_IN_USE',
      messages: [vapiMessage('com.vmware.snapservice.clusters.protection_groups.exist', `Cluster '${s.cluster.name}' still has protection groups.`, [s.cluster.name])],
    })),
  ],
};

/** Any operation without its own list fails with a plain Error. */
export const GENERIC_FAILURE: Failure = errorOnly(() => GENERIC_TASK_ERROR);
