import { createInventory } from './inventory';
import { INVENTORY, ROOT_FOLDER } from './inventory-tree';

describe('createInventory', () => {
  const inventory = createInventory(['VirtualMachine:vm-119', 'VirtualMachine:vm-9000', '']);

  it('puts a virtual machine under its folder and under its host, up to the root folder', () => {
    expect([...inventory.scopesOf('VirtualMachine:vm-119')].sort()).toEqual(
      [
        'VirtualMachine:vm-119',
        'Folder:group-v3',
        'HostSystem:host-9',
        'ClusterComputeResource:domain-c7',
        'Folder:group-h4',
        'Datacenter:datacenter-2',
        ROOT_FOLDER,
      ].sort(),
    );
  });

  it('lists each scope once although two paths lead to the datacenter', () => {
    const scopes = inventory.scopesOf('VirtualMachine:vm-201');
    expect(new Set(scopes).size).toBe(scopes.length);
    expect(scopes).toEqual(expect.arrayContaining(['Folder:group-v101', 'Folder:group-v3', 'HostSystem:host-10', 'Datacenter:datacenter-2']));
  });

  it('hangs a task entity the tree does not know under the root folder', () => {
    expect(inventory.has('VirtualMachine:vm-9000')).toBe(true);
    expect(inventory.scopesOf('VirtualMachine:vm-9000')).toEqual(['VirtualMachine:vm-9000', ROOT_FOLDER]);
    expect(inventory.has('')).toBe(false);
    expect(inventory.has('VirtualMachine:vm-9999')).toBe(false);
  });

  it('knows every node of the tree, each with known parents', () => {
    const refs = new Set(INVENTORY.map((n) => n.ref));
    expect(refs.size).toBe(INVENTORY.length);
    for (const node of INVENTORY) {
      expect(inventory.has(node.ref)).toBe(true);
      for (const parent of node.parents) expect(refs.has(parent)).toBe(true);
      expect(inventory.scopesOf(node.ref)).toContain(ROOT_FOLDER);
    }
  });
});
