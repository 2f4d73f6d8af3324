import { vapiMessage, type VapiError } from './list-item';
import type { Subject } from './subject';

/** How a task of one operation fails: a vAPI standard error (`info.error` of a FAILED task). */
export type Failure = (s: Subject) => VapiError;

/**
 * Error shapes follow api-facts 3.4 and 7: `error_type` from the vAPI enum, a stack of messages
 * (effect first, then cause), sometimes `@class` beside `error_type`, sometimes `data`. Error
 * types per operation are the ones the vendor binding lists for it (clusters_client.py error
 * dicts: create/update/delete/pause/resume). Message ids under com.vmware.snapservice are made up.
 */
const PG = 'com.vmware.snapservice.protection_groups';

const capacity: Failure = () => ({
  error_type: 'UNABLE_TO_ALLOCATE_RESOURCE',
  messages: [
    vapiMessage(`${PG}.snapshot.failed`, 'Taking the snapshot failed.'),
    vapiMessage('com.vmware.snapservice.vsan.capacity.insufficient', "Not enough free capacity on datastore 'vsanDatastore'.", ['vsanDatastore']),
  ],
});
const quiesceTimeout: Failure = (s) => ({
  error_type: 'TIMED_OUT',
  messages: [vapiMessage(`${PG}.snapshot.quiesce.timeout`, `Quiescing virtual machine '${s.vm.name}' timed out.`, [s.vm.name])],
});
const vmBusy: Failure = (s) => ({
  error_type: 'RESOURCE_BUSY',
  messages: [vapiMessage(`${PG}.snapshot.vm_busy`, `Virtual machine '${s.vm.name}' is busy with another operation.`, [s.vm.name])],
});
const objectInaccessible: Failure = (s) => ({
  error_type: 'ERROR',
  '@class': 'com.vmware.vapi.std.errors.error',
  messages: [
    vapiMessage(`${PG}.snapshot.failed`, 'Taking the snapshot failed.'),
    vapiMessage('com.vmware.snapservice.vsan.object.inaccessible', `A vSAN object of virtual machine '${s.vm.name}' is inaccessible.`, [s.vm.name]),
  ],
  data: { type: 'VirtualMachine', id: s.vm.id },
});

export const FAILURES: Readonly<Record<string, readonly Failure[]>> = {
  [`${PG}/create`]: [
    (s) => ({
      error_type: 'INVALID_ARGUMENT',
      messages: [
        vapiMessage(`${PG}.vm_name_patterns.no_match`, `No virtual machine matches the name pattern '${s.pg.name.slice(3)}-*'.`, [`${s.pg.name.slice(3)}-*`]),
        vapiMessage(`${PG}.target_entities.empty`, 'The protection group has no target entities.'),
      ],
    }),
    (s) => ({
      error_type: 'ALREADY_EXISTS',
      '@class': 'com.vmware.vapi.std.errors.already_exists',
      messages: [vapiMessage(`${PG}.name.exists`, `A protection group named '${s.pg.name}' already exists.`, [s.pg.name])],
    }),
  ],
  [`${PG}/update`]: [
    (s) => ({
      error_type: 'NOT_ALLOWED_IN_CURRENT_STATE',
      messages: [vapiMessage(`${PG}.paused`, `Protection group '${s.pg.name}' is paused and cannot be updated.`, [s.pg.name])],
    }),
    () => ({
      error_type: 'INVALID_ARGUMENT',
      messages: [vapiMessage(`${PG}.policies.retention.invalid`, 'The retention period must be between 1 hour and 3 years.')],
      data: null,
    }),
  ],
  [`${PG}/delete`]: [
    (s) => ({
      error_type: 'NOT_ALLOWED_IN_CURRENT_STATE',
      '@class': 'com.vmware.vapi.std.errors.not_allowed_in_current_state',
      messages: [vapiMessage(`${PG}.locked`, `Protection group '${s.pg.name}' is locked and cannot be deleted.`, [s.pg.name])],
    }),
  ],
  [`${PG}/pause`]: [
    (s) => ({
      error_type: 'ALREADY_IN_DESIRED_STATE',
      messages: [vapiMessage(`${PG}.already_paused`, `Protection group '${s.pg.name}' is already paused.`, [s.pg.name])],
    }),
  ],
  [`${PG}/resume`]: [
    (s) => ({
      error_type: 'ALREADY_IN_DESIRED_STATE',
      messages: [vapiMessage(`${PG}.already_active`, `Protection group '${s.pg.name}' is already active.`, [s.pg.name])],
    }),
  ],
  [`${PG}/snapshot`]: [capacity, quiesceTimeout, vmBusy, objectInaccessible],
  [`${PG}.snapshots/create`]: [capacity, quiesceTimeout, objectInaccessible],
  [`${PG}.snapshots/delete`]: [
    (s) => ({
      error_type: 'RESOURCE_IN_USE',
      messages: [vapiMessage(`${PG}.snapshots.in_use`, `Snapshot '${s.snapshotId}' is used by a restore in progress.`, [s.snapshotId])],
    }),
  ],
  [`${PG}.snapshots/restore`]: [
    (s) => ({
      error_type: 'NOT_FOUND',
      messages: [vapiMessage(`${PG}.snapshots.not_found`, `Snapshot '${s.snapshotId}' does not exist or has expired.`, [s.snapshotId])],
    }),
    vmBusy,
  ],
  'com.vmware.snapservice.clusters/update': [
    (s) => ({
      error_type: 'SERVICE_UNAVAILABLE',
      messages: [vapiMessage('com.vmware.snapservice.clusters.vsan_health.unreachable', `The vSAN health service of cluster '${s.cluster.name}' cannot be reached.`, [s.cluster.name])],
    }),
  ],
  'com.vmware.snapservice.clusters/delete': [
    (s) => ({
      error_type: 'RESOURCE_IN_USE',
      messages: [vapiMessage('com.vmware.snapservice.clusters.protection_groups.exist', `Cluster '${s.cluster.name}' still has protection groups.`, [s.cluster.name])],
    }),
  ],
};

/** Any operation without its own list fails with a plain Error. */
export const GENERIC_FAILURE: Failure = () => ({
  error_type: 'ERROR',
  messages: [vapiMessage('com.vmware.snapservice.operation.failed', 'The operation failed. See the snapshot service log for details.')],
  data: {},
});
