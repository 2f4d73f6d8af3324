/**
 * The demo vCenter's inventory: what `resource/list` scopes by (decisions: "the entity and, for
 * containers, everything beneath it, from a small inventory tree") and what the generator
 * draws task entities from. Ids follow vCenter's prefixes (api-facts 1.5: `group-d1` the root
 * folder "Datacenters" as in seed 000, `group-v`/`group-h`/`group-s`/`group-n` the datacenter's
 * VM/host/datastore/network folders, `domain-c` clusters, `host-`, `vm-`, `datastore-`,
 * `resgroup-`). The seed's own entities keep their ids and names (vm-119 "ActiveDirectory",
 * vm-664 "Stabilitywi10", vm-120 "windowsserver2008R2"); host-9/host-10 and datastore-10 are
 * the ones the spec's examples use.
 */
export interface InventoryNode {
  /** `Type:Value`, the form of `reference` and of a record's `entity`. */
  readonly ref: string;
  readonly name: string;
  /**
   * The containers it sits in. A virtual machine has two, as the vSphere Client shows it: its
   * VM folder ("VMs and Templates") and its host ("Hosts and Clusters"), so both a folder's and
   * a host's task list include it.
   */
  readonly parents: readonly string[];
  /** Test VMs: the ones created, registered and deleted, so production VMs are never "deleted". */
  readonly scratch?: boolean;
}

export const ROOT_FOLDER = 'Folder:group-d1';
export const DATACENTER = 'Datacenter:datacenter-2';
export const CLUSTER = 'ClusterComputeResource:domain-c7';
export const VM_FOLDER = 'Folder:group-v3';
export const RESOURCE_POOL = 'ResourcePool:resgroup-8';

const HOST_FOLDER = 'Folder:group-h4';
const DATASTORE_FOLDER = 'Folder:group-s5';
const LINUX_FOLDER = 'Folder:group-v101';
const TEST_FOLDER = 'Folder:group-v102';
const [H1, H2, H3] = ['HostSystem:host-9', 'HostSystem:host-10', 'HostSystem:host-11'];

const vm = (id: number, name: string, folder: string, host: string, scratch = false): InventoryNode => ({
  ref: `VirtualMachine:vm-${id}`,
  name,
  parents: [folder, host],
  ...(scratch ? { scratch } : {}),
});

export const INVENTORY: readonly InventoryNode[] = [
  { ref: ROOT_FOLDER, name: 'Datacenters', parents: [] },
  { ref: DATACENTER, name: 'Datacenter', parents: [ROOT_FOLDER] },
  { ref: VM_FOLDER, name: 'vm', parents: [DATACENTER] },
  { ref: HOST_FOLDER, name: 'host', parents: [DATACENTER] },
  { ref: DATASTORE_FOLDER, name: 'datastore', parents: [DATACENTER] },
  { ref: 'Folder:group-n6', name: 'network', parents: [DATACENTER] },
  { ref: CLUSTER, name: 'Cluster01', parents: [HOST_FOLDER] },
  { ref: RESOURCE_POOL, name: 'Resources', parents: [CLUSTER] },
  { ref: H1, name: '10.30.12.21', parents: [CLUSTER] },
  { ref: H2, name: '10.30.12.22', parents: [CLUSTER] },
  { ref: H3, name: '10.30.12.23', parents: [CLUSTER] },
  { ref: 'Datastore:datastore-10', name: 'datastore1', parents: [DATASTORE_FOLDER] },
  { ref: 'Datastore:datastore-13', name: 'datastore1 (1)', parents: [DATASTORE_FOLDER] },
  { ref: 'Datastore:datastore-14', name: 'datastore1 (2)', parents: [DATASTORE_FOLDER] },
  { ref: 'Datastore:datastore-15', name: 'SAN-LUN01', parents: [DATASTORE_FOLDER] },
  { ref: LINUX_FOLDER, name: 'Linux', parents: [VM_FOLDER] },
  { ref: TEST_FOLDER, name: 'Test', parents: [VM_FOLDER] },
  vm(119, 'ActiveDirectory', VM_FOLDER, H1),
  vm(120, 'windowsserver2008R2', VM_FOLDER, H2),
  vm(121, 'VMware vCenter Server', VM_FOLDER, H1),
  vm(664, 'Stabilitywi10', VM_FOLDER, H1),
  vm(201, 'centos7-db01', LINUX_FOLDER, H2),
  vm(202, 'centos7-db02', LINUX_FOLDER, H3),
  vm(318, 'ubuntu20-web01', LINUX_FOLDER, H1),
  vm(319, 'ubuntu20-web02', LINUX_FOLDER, H3),
  vm(512, 'k8s-master-01', LINUX_FOLDER, H2),
  vm(513, 'k8s-worker-01', LINUX_FOLDER, H3),
  vm(701, 'test-win10-01', TEST_FOLDER, H3, true),
  vm(702, 'ActiveDirectory-clone', TEST_FOLDER, H1, true),
  vm(703, 'centos7-template-test', TEST_FOLDER, H2, true),
];
