import type { LocalizedMethodFault } from '../types';

/**
 * Failures as govmomi v0.26 marshals a LocalizedMethodFault: the concrete fault struct
 * flattened through embedding (MethodFault's `FaultCause`, `FaultMessage`, then the fault's own
 * fields), no type name (api-facts 1.5 and 7). Texts are vCenter's English messages.
 */
export type FaultName =
  | 'poweredOffAlready'
  | 'needsPoweredOn'
  | 'poweredOnAlready'
  | 'needsPoweredOff'
  | 'invalidArgument'
  | 'taskInProgress'
  | 'fileExists'
  | 'noDiskSpace'
  | 'fileNotFound'
  | 'timedOut'
  | 'noHost'
  | 'quiesce'
  | 'haFailover'
  | 'toolsUnavailable'
  | 'diskLocked';

export interface FaultSubject {
  readonly entityName: string;
  readonly datastore: string;
  /** Number of the task, for faults that name another task. */
  readonly taskNumber: number;
  readonly pick: <T>(items: readonly T[]) => T;
}

const fault = (fields: Record<string, unknown>, message: string): LocalizedMethodFault => ({
  Fault: { FaultCause: null, FaultMessage: null, ...fields },
  LocalizedMessage: message,
});

/** InvalidPowerState {RequestedState, ExistingState} (spec example task-3282). */
const powerState = (requested: string, existing: string): LocalizedMethodFault =>
  fault(
    { RequestedState: requested, ExistingState: existing },
    `The attempted operation cannot be performed in the current state (${existing === 'poweredOn' ? 'Powered on' : 'Powered off'}).`,
  );

const MAKERS: Record<FaultName, (s: FaultSubject) => LocalizedMethodFault> = {
  poweredOffAlready: () => powerState('poweredOff', 'poweredOff'),
  needsPoweredOn: () => powerState('poweredOn', 'poweredOff'),
  poweredOnAlready: () => powerState('poweredOn', 'poweredOn'),
  needsPoweredOff: () => powerState('poweredOff', 'poweredOn'),
  invalidArgument: (s) => {
    const property = s.pick(['spec.numCoresPerSocket', 'spec.memoryMB', 'spec.deviceChange.device.capacityInKB']);
    return fault({ InvalidProperty: property }, `A specified parameter was not correct: ${property}`);
  },
  taskInProgress: (s) =>
    fault({ Task: { Type: 'Task', Value: `task-${s.taskNumber - 1}` } }, 'Another task is already in progress.'),
  fileExists: (s) => {
    const file = `[${s.datastore}] ${s.entityName}/${s.entityName}.vmdk`;
    return fault({ File: file }, `Cannot complete the operation because the file or folder ${file} already exists`);
  },
  noDiskSpace: (s) =>
    fault({ File: `[${s.datastore}] ${s.entityName}`, Datastore: s.datastore }, `Insufficient disk space on datastore '${s.datastore}'.`),
  fileNotFound: (s) => {
    const file = s.pick([`[${s.datastore}] ISO/CentOS-7-x86_64-DVD-2009.iso`, `[${s.datastore}] ${s.entityName}/${s.entityName}.vmx`]);
    return fault({ File: file }, `File ${file} was not found`);
  },
  timedOut: () => fault({}, 'Operation timed out.'),
  noHost: (s) =>
    fault(
      { Name: s.entityName },
      `Cannot contact the specified host (${s.entityName}). The host may not be available on the network, a network configuration problem may exist, or the management services on this host may not be responding.`,
    ),
  /**
   * ApplicationQuiesceFault: a SnapshotFault with no fields of its own (vim API reference,
   * vim.fault.ApplicationQuiesceFault), so only the ESX message travels, in FaultMessage.
   */
  quiesce: () => {
    const text = 'An error occurred while taking a snapshot: Failed to quiesce the virtual machine.';
    return fault({ FaultMessage: [{ Key: 'msg.snapshot.error-QUIESCINGERROR', Arg: null, Message: text }] }, text);
  },
  haFailover: () => fault({}, 'Insufficient resources to satisfy configured failover level for vSphere HA.'),
  toolsUnavailable: () => fault({}, 'Cannot complete operation because VMware Tools is not running in this virtual machine.'),
  diskLocked,
};

/**
 * GenericVmConfigFault {Reason}: the ESX host refuses to power on a VM whose disk another
 * process holds. Its FaultMessage carries the VMX messages, with positional arguments "1", "2"
 * as govmomi decodes them (vmware/vic#3183: `msg.moduletable.powerOnFailed`, Arg
 * [{Key "1", Value "MonitorLoop"}], "Module 'MonitorLoop' power on failed. "); the texts of the
 * disk-lock case are the ones users report (ghettoVCB#61, rbvmomi#129: "Module 'Disk' power on
 * failed", "Cannot open the disk '...' or one of the snapshot disks it depends on", "Failed to
 * lock the file"); the two catalogue keys after the first are vmx's, unconfirmed by a capture.
 */
function diskLocked(s: FaultSubject): LocalizedMethodFault {
  const disk = `/vmfs/volumes/${s.datastore}/${s.entityName}/${s.entityName}.vmdk`;
  const reason = 'Failed to lock the file';
  return fault(
    {
      FaultMessage: [
        { Key: 'msg.moduletable.powerOnFailed', Arg: [{ Key: '1', Value: 'Disk' }], Message: "Module 'Disk' power on failed. " },
        { Key: 'msg.disk.noBackEnd', Arg: [{ Key: '1', Value: disk }], Message: `Cannot open the disk '${disk}' or one of the snapshot disks it depends on. ` },
        { Key: 'msg.fileio.lock', Arg: null, Message: reason },
      ],
      Reason: reason,
    },
    reason,
  );
}

export function makeFault(name: FaultName, subject: FaultSubject): LocalizedMethodFault {
  return MAKERS[name](subject);
}

/** What CancelTask leaves (vcsim task.go; spec example task-3277): RequestCanceled, no own fields. */
export const CANCELLED: LocalizedMethodFault = fault({}, 'The task was canceled by a user.');
