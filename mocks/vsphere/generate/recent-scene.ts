import type { ReasonKind } from './task-catalogue';
import type { FaultName } from './task-faults';

/** One of the newest tasks, cast rather than drawn: what it does, on what, who started it, how it fails. */
export interface SceneTask {
  /** A TaskKind of task-catalogue.ts, by DescriptionId. */
  readonly descriptionId: string;
  /** An inventory node (inventory-tree.ts), as `Type:Value`. */
  readonly entity: string;
  /** One of the kind's reasons; drawn when absent. */
  readonly reason?: ReasonKind;
  /** One of the kind's faults, for a finished task; none for a task still running. */
  readonly fault?: FaultName;
}

/** The virtual machine of seed 000's resource/list example request (`reference=VirtualMachine:vm-119`). */
const SEED_VM = 'VirtualMachine:vm-119';

/**
 * The last minutes before `now`, by age (0 = the newest task, timeline.ts): an administrator
 * fighting with seed 000's "ActiveDirectory" VM. Its reconfiguration is refused
 * (InvalidArgument); its scheduled snapshot finds the datastore full (NoDiskSpace); a VM alarm's
 * power-off action finds it already off (InvalidPowerState); powering it on fails on a locked
 * disk (GenericVmConfigFault); reverting it to a snapshot finds another task in progress
 * (TaskInProgress); and it is now being moved to another host (a running vMotion, with its phase
 * and locks). Times, users, datastores and the target host are drawn from the seeded rng like
 * everything else; the newest (queued) task and the other running one are drawn entirely.
 *
 * Why cast them: the seed's own example requests, `root_recent/list` at the data set's `now`
 * and `resource/list?reference=VirtualMachine:vm-119`, are what a contract run asks, and they
 * should show every field the spec documents for a task: the running-only Description (with its
 * arguments) and Locked, each fault type's own fields (InvalidProperty, File and Datastore,
 * RequestedState and ExistingState, Reason and FaultMessage with arguments, Task) and each
 * reason's shape. Left to chance (one failure in ten), few of them land in those few tasks.
 */
export const RECENT_SCENE: readonly (SceneTask | undefined)[] = [
  undefined,
  { descriptionId: 'VirtualMachine.relocate', entity: SEED_VM, reason: 'user' },
  undefined,
  { descriptionId: 'vm.Snapshot.revert', entity: SEED_VM, reason: 'user', fault: 'taskInProgress' },
  { descriptionId: 'VirtualMachine.powerOn', entity: SEED_VM, reason: 'user', fault: 'diskLocked' },
  { descriptionId: 'VirtualMachine.powerOff', entity: SEED_VM, reason: 'alarm', fault: 'poweredOffAlready' },
  { descriptionId: 'VirtualMachine.createSnapshot', entity: SEED_VM, reason: 'schedule', fault: 'noDiskSpace' },
  { descriptionId: 'VirtualMachine.reconfigure', entity: SEED_VM, reason: 'user', fault: 'invalidArgument' },
];

/** The cast task for a slot of that age, if any. */
export function sceneTask(age: number | undefined): SceneTask | undefined {
  return age === undefined ? undefined : RECENT_SCENE[age];
}
