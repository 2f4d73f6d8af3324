import { ROOT_FOLDER, type InventoryNode } from '../inventory-tree';
import type { EntityPool } from './task-catalogue';

/** The inventory nodes each kind of task may run on (task-catalogue.ts `on`), by vCenter id prefix. */
export function entityPools(nodes: readonly InventoryNode[]): Record<EntityPool, readonly InventoryNode[]> {
  const of = (type: string) => nodes.filter((n) => n.ref.startsWith(`${type}:`));
  const vms = of('VirtualMachine');
  return {
    vm: vms,
    scratchVm: vms.filter((n) => n.scratch),
    vmFolder: of('Folder').filter((n) => n.ref.startsWith('Folder:group-v')),
    host: of('HostSystem'),
    datastore: of('Datastore'),
    resourcePool: of('ResourcePool'),
    rootFolder: nodes.filter((n) => n.ref === ROOT_FOLDER),
  };
}
