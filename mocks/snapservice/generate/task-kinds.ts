import { vapiMessage, type LocalizableMessage } from '../list-item';
import { scheduledSnapshotMessage } from './scheduled-snapshot-message';
import type { Subject } from './subject';

/** How a task came to run: `scheduledAt` is the slot of the schedule that started it (epoch ms). */
export interface TaskRun {
  readonly scheduledAt?: number;
}

/** One kind of task the generator makes: a service's operation and how its tasks look. */
export interface TaskKind {
  readonly service: string;
  readonly operation: string;
  /** Relative frequency within its service. */
  readonly weight: number;
  readonly failRate: number;
  /** Share of tasks a user started; the rest the system performed (no `user`, seed 002). */
  readonly userRate: number;
  readonly seconds: readonly [number, number];
  /** Whether the task has a vCenter task (`vc_task`), as snapshots and restores do. */
  readonly vcTask: boolean;
  /** Scheduled snapshots start on the hour. */
  readonly hourly?: boolean;
  describe(s: Subject, run: TaskRun): LocalizableMessage;
  target(s: Subject): { type: string; id: string };
  result?(s: Subject): unknown;
  /**
   * What a RUNNING or FAILED task reports once part of its work is done (cis Tasks Info.result:
   * "If an operation reports partial results before it completes, this field could be set before
   * the status has the value SUCCEEDED"; govmomi vapi/cis/tasks/tasks.go).
   */
  partialResult?(s: Subject): unknown;
}

export interface ServiceQuota {
  readonly service: string;
  /** Share of all generated tasks. */
  readonly share: number;
  readonly kinds: readonly TaskKind[];
}

const PG = 'com.vmware.snapservice.protection_groups';
const pgTarget = (s: Subject) => ({ type: 'com.vmware.snapservice.protection_group', id: s.pg.id });
const clusterTarget = (s: Subject) => ({ type: 'ClusterComputeResource', id: s.cluster.id });
const vmTarget = (s: Subject) => ({ type: 'VirtualMachine', id: s.vm.id });
const pgMessage = (id: string, text: (name: string) => string) => (s: Subject) =>
  vapiMessage(id, text(s.pg.name), [s.pg.name], { name: { s: s.pg.name } });
const manualSnapshot = pgMessage(`${PG}.snapshot`, (n) => `Take a snapshot of protection group '${n}'.`);
const base = { failRate: 0.03, userRate: 1, vcTask: false, seconds: [1, 12] as const };

/**
 * decisions.md: `com.vmware.snapservice.protection_groups` is the busiest service, with more than
 * 1000 of the 1300 default tasks, so `?services=com.vmware.snapservice.protection_groups` alone
 * reaches the 1000-task cap, while its FAILED tasks are a few dozen (the default request).
 * Operations are the vendor binding's task operations (create, update, pause, resume, delete;
 * snapshots create/delete) plus scheduled snapshots and restores.
 */
export const SERVICE_QUOTAS: readonly ServiceQuota[] = [
  {
    service: PG,
    share: 0.84,
    kinds: [
      // The group's snapshot exists once its first virtual machine is done: a snapshot still
      // running, or failing on a later virtual machine, reports it as its partial result.
      { ...base, service: PG, operation: 'snapshot', weight: 70, failRate: 0.015, userRate: 0.1, vcTask: true, seconds: [8, 140], hourly: true,
        describe: (s, run) =>
          run.scheduledAt === undefined ? manualSnapshot(s) : scheduledSnapshotMessage(s, run.scheduledAt),
        target: pgTarget, result: (s) => ({ snapshot: s.snapshotId }), partialResult: (s) => ({ snapshot: s.snapshotId }) },
      { ...base, service: PG, operation: 'update', weight: 16,
        describe: pgMessage(`${PG}.update`, (n) => `Update protection group '${n}'.`), target: pgTarget },
      { ...base, service: PG, operation: 'create', weight: 5, failRate: 0.08,
        describe: pgMessage(`${PG}.create`, (n) => `Create protection group '${n}'.`), target: clusterTarget, result: (s) => s.pg.id },
      { ...base, service: PG, operation: 'delete', weight: 3, failRate: 0.05,
        describe: pgMessage(`${PG}.delete`, (n) => `Delete protection group '${n}'.`), target: pgTarget },
      { ...base, service: PG, operation: 'pause', weight: 3,
        describe: pgMessage(`${PG}.pause`, (n) => `Pause protection group '${n}'.`), target: pgTarget },
      { ...base, service: PG, operation: 'resume', weight: 3,
        describe: pgMessage(`${PG}.resume`, (n) => `Resume protection group '${n}'.`), target: pgTarget },
    ],
  },
  {
    service: `${PG}.snapshots`,
    share: 0.09,
    kinds: [
      { ...base, service: `${PG}.snapshots`, operation: 'create', weight: 60, failRate: 0.04, vcTask: true, seconds: [4, 90],
        describe: (s) => vapiMessage(`${PG}.snapshots.create`, `Snapshot virtual machine '${s.vm.name}' for protection group '${s.pg.name}'.`, [s.vm.name, s.pg.name]),
        target: vmTarget, result: (s) => ({ snapshot: s.snapshotId }) },
      { ...base, service: `${PG}.snapshots`, operation: 'delete', weight: 30, userRate: 0.2, vcTask: true,
        describe: (s) => vapiMessage(`${PG}.snapshots.delete`, `Delete expired snapshot '${s.snapshotId}' of protection group '${s.pg.name}'.`, [s.snapshotId, s.pg.name]),
        target: (s) => ({ type: 'com.vmware.snapservice.protection_group.snapshot', id: s.snapshotId }) },
      { ...base, service: `${PG}.snapshots`, operation: 'restore', weight: 10, failRate: 0.1, vcTask: true, seconds: [60, 1500],
        describe: (s) => vapiMessage(`${PG}.snapshots.restore`, `Restore virtual machine '${s.vm.name}' from snapshot '${s.snapshotId}'.`, [s.vm.name, s.snapshotId]),
        target: vmTarget, result: (s) => ({ vm: s.vm.id }) },
    ],
  },
  {
    service: 'com.vmware.snapservice.clusters',
    share: 0.04,
    kinds: [
      { ...base, service: 'com.vmware.snapservice.clusters', operation: 'update', weight: 80, failRate: 0.06,
        describe: (s) => vapiMessage('com.vmware.snapservice.clusters.update', `Update snapshot settings of cluster '${s.cluster.name}'.`, [s.cluster.name]),
        target: clusterTarget },
      { ...base, service: 'com.vmware.snapservice.clusters', operation: 'delete', weight: 20, failRate: 0.1,
        describe: (s) => vapiMessage('com.vmware.snapservice.clusters.delete', `Remove cluster '${s.cluster.name}' from the snapshot service.`, [s.cluster.name]),
        target: clusterTarget },
    ],
  },
  {
    service: 'com.vmware.snapservice.info.appliance',
    share: 0.015,
    kinds: [
      { ...base, service: 'com.vmware.snapservice.info.appliance', operation: 'update', weight: 1,
        describe: () => vapiMessage('com.vmware.snapservice.info.appliance.update', 'Update snapshot service appliance settings.'),
        target: () => ({ type: 'com.vmware.snapservice.appliance', id: 'snapservice-appliance' }) },
    ],
  },
  {
    service: 'com.vmware.snapservice.info.certificates',
    share: 0.015,
    kinds: [
      { ...base, service: 'com.vmware.snapservice.info.certificates', operation: 'update', weight: 1, seconds: [3, 30],
        describe: () => vapiMessage('com.vmware.snapservice.info.certificates.update', 'Replace the snapshot service TLS certificate.'),
        target: () => ({ type: 'com.vmware.snapservice.appliance', id: 'snapservice-appliance' }) },
    ],
  },
];

const KINDS_BY_ID: ReadonlyMap<string, TaskKind> = new Map(SERVICE_QUOTAS.flatMap((quota) => quota.kinds.map((kind) => [`${kind.service}/${kind.operation}`, kind] as const)));

/** The kind of a service's operation, or undefined for one the generator does not make. */
export function findKind(service: string, operation: string): TaskKind | undefined {
  return KINDS_BY_ID.get(`${service}/${operation}`);
}
