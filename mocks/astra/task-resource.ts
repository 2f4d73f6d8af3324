import type { ResourceKind } from './task-families';
import type { AppRef, ClusterRef } from './topology';

/** The ids one job's tasks refer to besides the app: what it creates or works on. */
export interface JobResources {
  readonly accountId: string;
  readonly app: AppRef;
  readonly snapshotId: string;
  readonly backupId: string;
  readonly mirrorId: string;
  /** A clone is a new app, on another cluster where the account has one. */
  readonly clone: { readonly id: string; readonly namespaceId: string; readonly cluster: ClusterRef };
}

export interface TaskResource {
  readonly id: string;
  readonly uri: string;
  readonly collection: readonly string[];
}

/**
 * resourceID, resourceURI and resourceCollectionURI of a task, in the vendor's shapes (seed 003:
 * `/accounts/<a>/k8s/v1/apps/<app>/appSnaps/<snap>` and its fully expanded
 * `/accounts/<a>/topology/v1/clouds/<c>/clusters/<k>/namespaces/<ns>/apps/<app>/appSnaps/<snap>`).
 * Every URI starts with the account, which is how the mock binds a task to its account.
 */
export function taskResource(kind: ResourceKind, r: JobResources): TaskResource {
  const a = `/accounts/${r.accountId}`;
  const { app } = r;
  const appUri = `${a}/k8s/v1/apps/${app.id}`;
  const appTopology = `${a}/topology/v1/clouds/${app.cluster.cloudId}/clusters/${app.cluster.id}/namespaces/${app.namespaceId}`;
  switch (kind) {
    case 'app':
      return { id: app.id, uri: appUri, collection: [`${appTopology}/apps/${app.id}`] };
    case 'snapshot':
      return { id: r.snapshotId, uri: `${appUri}/appSnaps/${r.snapshotId}`, collection: [`${appTopology}/apps/${app.id}/appSnaps/${r.snapshotId}`] };
    case 'backup':
      return { id: r.backupId, uri: `${appUri}/appBackups/${r.backupId}`, collection: [`${appTopology}/apps/${app.id}/appBackups/${r.backupId}`] };
    case 'clone': {
      const c = r.clone;
      return {
        id: c.id,
        uri: `${a}/k8s/v1/apps/${c.id}`,
        collection: [`${a}/topology/v1/clouds/${c.cluster.cloudId}/clusters/${c.cluster.id}/namespaces/${c.namespaceId}/apps/${c.id}`],
      };
    }
    case 'appMirror':
      return { id: r.mirrorId, uri: `${a}/k8s/v1/appMirrors/${r.mirrorId}`, collection: [`${appTopology}/appMirrors/${r.mirrorId}`] };
    case 'cluster':
      return {
        id: app.cluster.id,
        uri: `${a}/topology/v1/clouds/${app.cluster.cloudId}/clusters/${app.cluster.id}`,
        collection: [`${a}/topology/v1/managedClusters/${app.cluster.id}`],
      };
  }
}
