import type { Rng } from '../../../src/runtime/rng';

/** A protection group: how many virtual machines it protects and how long its snapshots are kept. */
export interface ProtectionGroup {
  readonly name: string;
  readonly id: string;
  readonly vmCount: number;
  readonly retentionDays: number;
}

/**
 * What a generated task is about: a protection group of a vSAN cluster, a virtual machine in it,
 * a snapshot. Value pools are the inventory of one demo appliance (decisions.md: one appliance).
 */
export interface Subject {
  readonly pg: ProtectionGroup;
  readonly cluster: { readonly name: string; readonly id: string };
  readonly vm: { readonly name: string; readonly id: string };
  readonly snapshotId: string;
  /** The protection group's data at the time of the task, in GiB (it grows and shrinks a little). */
  readonly sizeGib: number;
}

/** vCenter users as the task list reports them, `DOMAIN\user` (spec UsersFilter). */
export const USERS = ['VSPHERE.LOCAL\\Administrator', 'VSPHERE.LOCAL\\backup-admin', 'CORP.EXAMPLE\\jdoe', 'CORP.EXAMPLE\\svc-ansible'];

/** vSAN clusters: ClusterComputeResource managed object ids, as `domain-c8` in the spec's example. */
const CLUSTERS = [
  { name: 'vsan-cluster-01', id: 'domain-c8' },
  { name: 'vsan-cluster-02', id: 'domain-c1010' },
  { name: 'edge-cluster', id: 'domain-c2031' },
];

const PG_NAMES = ['pg-finance', 'pg-legal', 'pg-gold', 'pg-silver', 'pg-hr', 'pg-web', 'pg-sql', 'pg-exchange', 'pg-vdi', 'pg-dev', 'pg-erp', 'pg-crm'];

/**
 * Snapshot retention of a group's policy, in days. Like the groups' sizes (20 to 800 GiB) and
 * machine counts (2 to 24), taskmock's values: the vendor publishes no inventory.
 */
const RETENTION_DAYS = [1, 3, 7, 7, 14, 30];

const VM_NAMES = [
  'fin-app-01', 'fin-db-01', 'legal-docs-01', 'web-01', 'web-02', 'sql-01', 'sql-02', 'exch-01',
  'vdi-gold-01', 'dev-build-01', 'erp-app-01', 'crm-db-01', 'hr-portal-01', 'fin-app-02',
];

/** A lower-case UUID (version 4 layout) from the seeded rng. */
export function uuid(rng: Rng): string {
  const variant = '89ab'.charAt(rng.int(4));
  return `${rng.hex(8)}-${rng.hex(4)}-4${rng.hex(3)}-${variant}${rng.hex(3)}-${rng.hex(12)}`;
}

/** Builds the appliance's inventory once, then picks task subjects from it. */
export function createSubjectPicker(rng: Rng): () => Subject {
  const groups = PG_NAMES.map((name, index) => ({
    pg: { name, id: uuid(rng), vmCount: 2 + rng.int(23), retentionDays: rng.pick(RETENTION_DAYS) },
    cluster: CLUSTERS[index % CLUSTERS.length] as (typeof CLUSTERS)[number],
    gib: 20 + rng.int(780),
  }));
  const vms = VM_NAMES.map((name, index) => ({ name, id: `vm-${1001 + index * 7}` }));
  return () => {
    const group = rng.pick(groups);
    const sizeGib = Math.round(group.gib * (97 + 6 * rng.next())) / 100;
    return { pg: group.pg, cluster: group.cluster, vm: rng.pick(vms), snapshotId: uuid(rng), sizeGib };
  };
}
