import { INVENTORY, type InventoryNode } from '../inventory-tree';
import { toRef, type LocalizableMessage, type MoRef } from '../types';

/** What a running task shows besides its progress: TaskInfo.Description and TaskInfo.Locked. */
export interface RunningDetail {
  readonly description: LocalizableMessage | null;
  readonly locked: readonly MoRef[] | null;
}

const NONE: RunningDetail = { description: null, locked: null };

type Detail = (entity: InventoryNode, pick: <T>(items: readonly T[]) => T) => RunningDetail;

/**
 * By DescriptionId, for the long tasks that report a phase. The vim API reference (TaskInfo)
 * says `description` "describes the current phase of operation of the task" and `locked` is,
 * while the task is running, "a list of managed entities that the operation has locked, with a
 * shared lock": the entity it works on, and for a migration the host it moves to. Seed 000's
 * finished tasks all carry `Description: null` and `Locked: null`, so finished and queued tasks
 * carry neither (make-task.ts).
 */
const DETAILS: Readonly<Record<string, Detail>> = {
  /** The clone's disk copy step, as the spec's example task-3283 prints it. */
  'VirtualMachine.clone': (vm) => ({
    description: { Key: 'com.vmware.vim.vpxd.vpx.vmprov.CopyVirtualDisks', Arg: null, Message: 'Copying Virtual Machine files' },
    locked: [toRef(vm.ref)],
  }),
  /**
   * A vMotion to another host of the cluster. No captured vMotion description was found, so
   * the key and text are the kit's; the arguments are named string variables substituted into
   * the text, as vmodl.LocalizableMessage documents them ("address" = "127.0.0.1" with
   * "IP address is {address}").
   */
  'VirtualMachine.relocate': (vm, pick) => {
    const host = pick(INVENTORY.filter((n) => n.ref.startsWith('HostSystem:') && !vm.parents.includes(n.ref)));
    return {
      description: {
        Key: 'com.vmware.vim.vpxd.vpx.vmotion.MigrateVm',
        Arg: [
          { Key: 'vm', Value: vm.name },
          { Key: 'host', Value: host.name },
        ],
        Message: `Migrating ${vm.name} to ${host.name}`,
      },
      locked: [toRef(vm.ref), toRef(host.ref)],
    };
  },
  'HostSystem.enterMaintenanceMode': (host) => ({ description: null, locked: [toRef(host.ref)] }),
};

/** The phase and locks of a task of `descriptionId` running on `entity`; nothing for the other kinds. */
export function runningDetail(descriptionId: string, entity: InventoryNode, pick: <T>(items: readonly T[]) => T): RunningDetail {
  return DETAILS[descriptionId]?.(entity, pick) ?? NONE;
}

