import type { Rng } from '../../src/runtime/rng';
import type { AstraStateDetail } from './astra-task';
import type { AppRef, ClusterRef } from './topology';

/** What a failure message can name. */
export interface FailureContext {
  readonly app: AppRef;
  readonly bucket: { readonly id: string; readonly name: string };
  readonly targetCluster: ClusterRef;
  readonly backupId: string;
  readonly snapshotId: string;
}

type Template = (ctx: FailureContext, rng: Rng) => AstraStateDetail;

const detail = (n: number, title: string, text: string, additionalDetails: Record<string, unknown>): AstraStateDetail => ({
  type: `https://astra.netapp.io/stateDetails/${n}`,
  title,
  detail: text,
  additionalDetails,
});

const snapshotNotReady: Template = ({ app }, rng) => {
  const pvc = rng.pick(app.pvcs);
  return detail(3, 'Snapshot failed', `The volume snapshot of PersistentVolumeClaim ${pvc} wasn't ready within 5 minutes.`, { namespace: app.namespace, pvcName: pvc });
};
const noSnapshotClass: Template = ({ app }, rng) => {
  const pvc = rng.pick(app.pvcs);
  return detail(4, 'Volume snapshot class missing', `No VolumeSnapshotClass exists for the CSI driver csi.trident.netapp.io of PersistentVolumeClaim ${pvc} on cluster ${app.cluster.name}.`, { clusterName: app.cluster.name, pvcName: pvc });
};
const hookFailed = (phase: 'pre' | 'post'): Template => ({ app }, rng) => {
  const exitCode = rng.pick([1, 2, 127]);
  const hookName = `${app.name}-${phase}-snapshot`;
  const podName = `${app.name}-0`;
  return detail(17, 'Execution hook failed', `Execution hook ${hookName} exited with code ${exitCode} in container ${app.name} of pod ${podName}.`, { hookName, podName, containerName: app.name, exitCode });
};
const transferTimeout: Template = ({ app, bucket }, rng) => {
  const pvc = rng.pick(app.pvcs);
  return detail(9, 'Backup transfer failed', `Copying the data of PersistentVolumeClaim ${pvc} to bucket ${bucket.name} failed: the object store didn't respond within 300 seconds.`, { bucketID: bucket.id, pvcName: pvc });
};
const bucketDenied: Template = ({ bucket }) =>
  detail(10, 'Bucket not accessible', `The object store bucket ${bucket.name} rejected the stored credentials (AccessDenied).`, { bucketID: bucket.id });
const storageClassMissing: Template = ({ app, targetCluster }) =>
  detail(21, 'Storage class not found', `Storage class ${app.storageClass} isn't available on destination cluster ${targetCluster.name}.`, { storageClass: app.storageClass, clusterName: targetCluster.name });
const namespaceTerminating: Template = ({ app }) =>
  detail(22, 'Namespace unavailable', `Namespace ${app.namespace} on cluster ${app.cluster.name} is being terminated.`, { namespace: app.namespace, clusterName: app.cluster.name });
const restoreTransfer: Template = ({ app, bucket }, rng) => {
  const pvc = rng.pick(app.pvcs);
  return detail(23, 'Restore data transfer failed', `Copying the backup data of PersistentVolumeClaim ${pvc} from bucket ${bucket.name} failed: the volume wasn't bound within 30 minutes.`, { bucketID: bucket.id, pvcName: pvc });
};
const resourcesRejected: Template = ({ app }) =>
  detail(24, 'Resources not restored', `Kubernetes rejected Deployment ${app.name} in namespace ${app.namespace}: admission webhook "validation.gatekeeper.sh" denied the request.`, { namespace: app.namespace, kind: 'Deployment', name: app.name });
const noCapacity: Template = ({ targetCluster }, rng) => {
  const free = 4 + rng.int(20);
  return detail(25, 'Insufficient storage capacity', `Storage backend ontap-nas on cluster ${targetCluster.name} has ${free} GiB free; the clone needs ${free * 3} GiB.`, { clusterName: targetCluster.name, freeGiB: free, requiredGiB: free * 3 });
};
const cloneBusy: Template = ({ app }, rng) => {
  const pvc = rng.pick(app.pvcs);
  return detail(26, 'Clone data transfer failed', `The FlexClone of PersistentVolumeClaim ${pvc} wasn't created: the storage backend answered "volume busy".`, { pvcName: pvc });
};
const appNotReady: Template = ({ app }) =>
  detail(30, 'Application not ready', `Pod ${app.name}-0 in namespace ${app.namespace} is in CrashLoopBackOff.`, { namespace: app.namespace, podName: `${app.name}-0` });
const unmanageBlocked: Template = ({ app }) =>
  detail(31, 'Application not unmanaged', `The protection schedules of application ${app.name} weren't removed: a backup is in progress.`, { appName: app.name });
const noSnapMirror: Template = ({ app }, rng) => {
  const pvc = rng.pick(app.pvcs);
  return detail(40, 'Replication not supported', `The storage backend of PersistentVolumeClaim ${pvc} doesn't support SnapMirror replication.`, { pvcName: pvc });
};
const peerUnreachable: Template = ({ targetCluster }) =>
  detail(41, 'Destination cluster unreachable', `Cluster ${targetCluster.name} didn't respond within 120 seconds.`, { clusterName: targetCluster.name });
const tridentMissing: Template = ({ app }) =>
  detail(50, 'Trident not installed', `Astra Trident isn't installed on cluster ${app.cluster.name}.`, { clusterName: app.cluster.name });
const kubeconfigExpired: Template = ({ app }) =>
  detail(51, 'Kubeconfig not valid', `The kubeconfig credential of cluster ${app.cluster.name} has expired.`, { clusterName: app.cluster.name });
const backupNotDeleted: Template = ({ bucket, backupId }) =>
  detail(60, 'Backup not deleted', `Deleting the objects of backup ${backupId} from bucket ${bucket.name} failed: the bucket is unreachable.`, { bucketID: bucket.id, backupID: backupId });
const snapshotInUse: Template = ({ app, snapshotId }) =>
  detail(61, 'Snapshot not deleted', `Snapshot ${snapshotId} of application ${app.name} is still used by a clone.`, { snapshotID: snapshotId });

/** Failure causes by the task that failed (a parent repeats its failed subtask's detail). */
const BY_TASK: Readonly<Record<string, readonly Template[]>> = {
  'astra.backup.prep': [snapshotNotReady, noSnapshotClass],
  'astra.backup.transfer': [transferTimeout, bucketDenied],
  'astra.snapshot.prehooks': [hookFailed('pre')],
  'astra.snapshot.create': [snapshotNotReady, noSnapshotClass],
  'astra.snapshot.posthooks': [hookFailed('post')],
  'astra.restore.prep': [storageClassMissing, namespaceTerminating],
  'astra.restore.transfer': [restoreTransfer],
  'astra.restore.finalize': [resourcesRejected],
  'astra.clone.prep': [noCapacity, storageClassMissing],
  'astra.clone.transfer': [cloneBusy],
  'astra.app.manage': [appNotReady],
  'astra.app.unmanage': [unmanageBlocked],
  'astra.appmirror.establish': [noSnapMirror, peerUnreachable],
  'astra.appmirror.failover': [peerUnreachable],
  'astra.appmirror.resync': [peerUnreachable],
  'astra.cluster.manage': [tridentMissing, kubeconfigExpired],
  'astra.backup.delete': [backupNotDeleted],
  'astra.snapshot.delete': [snapshotInUse],
};

export function failureDetail(taskName: string, ctx: FailureContext, rng: Rng): AstraStateDetail {
  const template = rng.pick(BY_TASK[taskName] ?? [appNotReady]);
  return template(ctx, rng);
}
