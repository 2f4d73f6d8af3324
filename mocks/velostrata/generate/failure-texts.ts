import type { Rng } from '../../../src/runtime/rng';
import type { TaskType } from '../task-description';

/** What an error text may name: the task's VM or Cloud Extension, and random ids from `rng`. */
export interface FailureSubject {
  readonly rng: Rng;
  readonly vm: string;
  readonly ce: string;
}

type Detail = (s: FailureSubject) => string;

/**
 * `errorDetails` texts by task type: what a Velostrata Manager reports when the cloud, the
 * Cloud Edge or vCenter refuses (GCP and AWS error codes as those clouds spell them; the spec's
 * own example is AWS `InsufficientInstanceCapacity`). Generic ones serve every type.
 */
const DETAILS: Partial<Record<TaskType, readonly Detail[]>> = {
  RunVmInCloud: [
    (s) => `Instance i-0${s.rng.hex(16)} failed to start: InsufficientInstanceCapacity`,
    (s) => `ZONE_RESOURCE_POOL_EXHAUSTED: The zone 'projects/corp-migration/zones/${zone(s)}' does not have enough resources available to fulfill the request. Try a different zone, or try again later.`,
    () => `QUOTA_EXCEEDED: Quota 'CPUS' exceeded. Limit: 240.0 in region us-central1.`,
    (s) => `VM ${s.vm} did not report boot completion within 1800 seconds (no heartbeat from the Velostrata boot agent)`,
  ],
  MigrateToCloud: [
    (s) => `Connection to Cloud Edge node ${edgeIp(s)} lost during storage migration (timeout after 300 seconds)`,
    (s) => `Cloud Extension ${s.ce} is not healthy: Cloud Edge node B is unreachable`,
    (s) => `Write to persistent disk pd-${s.vm}-disk-${1 + s.rng.int(3)} failed: QUOTA_EXCEEDED: Quota 'SSD_TOTAL_GB' exceeded. Limit: 20480.0 in region us-central1.`,
  ],
  PrepareToDetach: [
    (s) => `Cache synchronisation did not complete: ${100 + s.rng.int(4000)} dirty blocks remain on Cloud Edge node ${edgeIp(s)}`,
    (s) => `Failed to create disk pd-${s.vm}-disk-1: RESOURCE_ALREADY_EXISTS`,
  ],
  DetachVm: [
    (s) => `Snapshot of disk pd-${s.vm}-disk-1 failed: RESOURCE_NOT_READY`,
    (s) => `Native instance ${s.vm}-native did not start: Instance i-0${s.rng.hex(16)} failed to start: InsufficientInstanceCapacity`,
  ],
  CleanupVm: [(s) => `Cannot delete on-premises VM ${s.vm}: The operation is not allowed in the current state.`],
  StopVm: [() => 'Timed out waiting for the guest OS to shut down (600 seconds)'],
  RunVmOnPrem: [(s) => `vCenter task failed for VM ${s.vm}: Insufficient disk space on datastore 'DS-PROD-03'.`],
  CreateCloudExtension: [
    () => `Deployment of Cloud Edge node failed: subnetwork 'projects/corp-migration/regions/us-central1/subnetworks/velos-edge' has no free IP addresses`,
    () => `Permission denied: service account velos-ce@corp-migration.iam.gserviceaccount.com lacks permission 'compute.instances.create'`,
  ],
  RepairCloudExtension: [(s) => `Cloud Edge node ${edgeIp(s)} did not become healthy within 900 seconds`],
  UpgradeManagement: [() => 'Upgrade package signature verification failed'],
  DownloadMgmtPackage: [() => 'Download of https://storage.googleapis.com/velostrata-release/4.2.1/Velostrata-Manager-upgrade.tgz failed: HTTP 403 Forbidden'],
};

const GENERIC: readonly Detail[] = [
  (s) => `Cloud Extension ${s.ce} is not available: both Cloud Edge nodes are unreachable`,
  () => 'Timed out waiting for the cloud provider to complete the operation (3600 seconds)',
  () => 'vCenter session expired: the credentials of user velostrata_vcenter_user were rejected',
];

export function failureDetails(type: TaskType, subject: FailureSubject): string {
  const pool = DETAILS[type] ?? GENERIC;
  const pick = subject.rng.next() < 0.8 ? pool : GENERIC;
  return subject.rng.pick(pick)(subject);
}

function zone(s: FailureSubject): string {
  return s.rng.pick(['us-central1-a', 'us-central1-b', 'us-east1-c', 'europe-west1-d']);
}

function edgeIp(s: FailureSubject): string {
  return `10.20.${s.rng.int(8)}.${10 + s.rng.int(200)}`;
}
