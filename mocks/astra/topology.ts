import type { Rng } from '../../src/runtime/rng';
import { DEMO_ACCOUNT_ID } from './accounts';
import { uuid4 } from './uuid';

export interface ClusterRef {
  readonly id: string;
  readonly name: string;
  readonly cloudId: string;
}

export interface AppRef {
  readonly id: string;
  readonly name: string;
  readonly namespaceId: string;
  readonly namespace: string;
  readonly cluster: ClusterRef;
  readonly pvcs: readonly string[];
  /** The app has pre/post-snapshot execution hooks (its snapshots run them as subtasks). */
  readonly hooks: boolean;
  readonly storageClass: string;
}

/** What an account's tasks refer to: its clusters, managed apps, backup buckets and users. */
export interface AccountTopology {
  readonly accountId: string;
  readonly clusters: readonly ClusterRef[];
  readonly apps: readonly AppRef[];
  readonly buckets: readonly { readonly id: string; readonly name: string }[];
  readonly users: readonly string[];
}

const APP_NAMES = ['wordpress', 'mysql', 'postgresql', 'mongodb', 'jenkins', 'gitlab', 'redis', 'elasticsearch', 'kafka', 'nextcloud', 'mariadb', 'grafana'];
const CLUSTER_NAMES = ['prod-east-1', 'aks-westeurope-01', 'gke-us-central1-prod', 'ocp-dc1', 'eks-dr-us-west-2', 'rke2-lab'];
const STORAGE_CLASSES = ['netapp-cvs-perf-premium', 'ontap-nas', 'ontap-san-economy', 'ontap-gold'];
const BUCKET_NAMES = ['astra-backups-prod', 'astra-dr-eu', 'astra-backups-lab'];
const ENVIRONMENTS = ['', '-prod', '-staging'];

/**
 * The seed's own ids (seed 003 examples: cloud, cluster, namespace, app, user) become the demo
 * account's first cluster, app and user, so generated tasks sit beside the seed's records.
 */
const SEED = {
  cloudId: '0df3f1a0-7203-4c12-aabf-a7bee6302671',
  clusterId: 'dfd9de2d-6f0b-437b-a737-c8f7f176cd14',
  namespaceId: 'f8b58091-4b9c-4c64-9b40-018dbaf7c5de',
  appId: '7c8bef49-697e-4fb4-810c-675cef4cf6c9',
  userId: 'abda967f-cd2c-4237-908e-99266648c553',
};

export function buildTopology(rng: Rng, accountId: string, size: { clusters: number; apps: number; users: number }): AccountTopology {
  const demo = accountId === DEMO_ACCOUNT_ID;
  const cloudIds = [demo ? SEED.cloudId : uuid4(rng), uuid4(rng)];
  const clusterNames = shuffled(rng, CLUSTER_NAMES);
  const clusters = Array.from({ length: size.clusters }, (_, i) => ({
    id: demo && i === 0 ? SEED.clusterId : uuid4(rng),
    name: clusterNames[i % clusterNames.length] ?? 'cluster',
    cloudId: cloudIds[i === 0 ? 0 : rng.int(2)] ?? '',
  }));
  const appNames = shuffled(rng, APP_NAMES);
  const apps = Array.from({ length: size.apps }, (_, i): AppRef => {
    const name = demo && i === 0 ? 'wordpress' : (appNames[i % appNames.length] ?? 'app');
    return {
      id: demo && i === 0 ? SEED.appId : uuid4(rng),
      name,
      namespaceId: demo && i === 0 ? SEED.namespaceId : uuid4(rng),
      namespace: `${name}${rng.pick(ENVIRONMENTS)}`,
      cluster: demo && i === 0 ? (clusters[0] as ClusterRef) : rng.pick(clusters),
      pvcs: name === 'wordpress' ? ['data-mysql-0', 'wordpress-data'] : [`data-${name}-0`, ...(rng.int(2) ? [`data-${name}-1`] : [])],
      hooks: rng.int(3) === 0,
      storageClass: rng.pick(STORAGE_CLASSES),
    };
  });
  const buckets = BUCKET_NAMES.slice(0, 1 + rng.int(2)).map((name) => ({ id: uuid4(rng), name }));
  const users = Array.from({ length: size.users }, (_, i) => (demo && i === 0 ? SEED.userId : uuid4(rng)));
  return { accountId, clusters, apps, buckets, users };
}

function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = rng.int(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
