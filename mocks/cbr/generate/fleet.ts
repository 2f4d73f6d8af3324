import type { Rng } from '../../../src/runtime/rng';
import { uuid } from './ids';
import type { CbrResource } from '../operation-log';
import { DEMO_PROJECT_ID, PROVIDERS, type OperationType, type ResourceType } from '../vocabulary';

/**
 * The protected estate the generated tasks work on: vaults of the demo project (region
 * cn-north-4, like the seed's replication examples) and one vault of a second project, whose
 * few tasks must never appear in the demo project's list (project scoping).
 */
export const OTHER_PROJECT_ID = '5f2c8a4e9b7d41c3a6e0d8b2f4a1c9e7';
export const SOURCE_REGION = 'cn-north-4';
export const DESTINATION_REGIONS = ['cn-east-3', 'cn-south-1', 'ap-southeast-1'] as const;

export interface Vault {
  readonly projectId: string;
  readonly id: string;
  readonly name: string;
  readonly providerId: string;
  readonly resources: readonly CbrResource[];
  readonly policyId: string;
  readonly replicationPolicyId: string;
  /** UTC hour its backup policy fires (02:00 China time is 18:00 UTC). */
  readonly policyHour: number;
  /** The task types this vault sees, with the weight of each. */
  readonly work: Readonly<Partial<Record<OperationType, number>>>;
  /** Relative share of all tasks. */
  readonly weight: number;
  /** Application-consistent backups (database servers). */
  readonly appConsistent: ReadonlySet<string>;
}

export interface Fleet {
  readonly vaults: readonly Vault[];
  /** One destination project per replication region. */
  readonly destinationProjects: Readonly<Record<string, string>>;
}

const SERVER_WORK = { backup: 58, replication: 9, copy: 2, delete: 10, restore: 6, remove_resource: 3, migrate_resources: 3 };
const PLAIN_WORK = { backup: 58, delete: 10, restore: 6, remove_resource: 3, migrate_resources: 3 };

interface VaultPlan {
  readonly project: string;
  readonly name: string;
  readonly provider: string;
  readonly type: ResourceType;
  readonly resources: readonly string[];
  readonly hour: number;
  readonly weight: number;
  readonly work: Vault['work'];
  readonly appConsistent?: readonly string[];
}

const PLANS: readonly VaultPlan[] = [
  {
    project: DEMO_PROJECT_ID, name: 'vault-prod-ecs', provider: PROVIDERS.server, type: 'OS::Nova::Server',
    resources: ['ecs-web-01', 'ecs-web-02', 'ecs-app-01', 'ecs-mysql-01', 'ecs-redis-01'], hour: 18, weight: 30, work: SERVER_WORK,
    appConsistent: ['ecs-mysql-01'],
  },
  {
    project: DEMO_PROJECT_ID, name: 'vault-ecs-dev', provider: PROVIDERS.server, type: 'OS::Nova::Server',
    resources: ['ecs-dev-01', 'ecs-test-01', 'ecs-jenkins-01'], hour: 19, weight: 14, work: PLAIN_WORK,
  },
  {
    project: DEMO_PROJECT_ID, name: 'vault-evs-data', provider: PROVIDERS.disk, type: 'OS::Cinder::Volume',
    resources: ['volume-data-01', 'volume-log-01', 'evs-mysql-data'], hour: 20, weight: 14, work: SERVER_WORK,
  },
  {
    project: DEMO_PROJECT_ID, name: 'vault-bms-hana', provider: PROVIDERS.server, type: 'OS::Ironic::BareMetalServer',
    resources: ['bms-hana-01'], hour: 17, weight: 5, work: PLAIN_WORK, appConsistent: ['bms-hana-01'],
  },
  {
    project: DEMO_PROJECT_ID, name: 'vault-sfs-turbo', provider: PROVIDERS.sfsTurbo, type: 'OS::Sfs::Turbo',
    resources: ['sfs-turbo-share', 'sfs-turbo-home'], hour: 16, weight: 10, work: PLAIN_WORK,
  },
  // Hybrid cloud: backups are made on premises and synchronised into the vault (sync tasks).
  {
    project: DEMO_PROJECT_ID, name: 'vault-hybrid-vmware', provider: PROVIDERS.hybridVmware, type: 'OS::Native::Server',
    resources: ['vm-erp-01', 'vm-file-01'], hour: 4, weight: 8, work: { sync: 30, delete: 8 },
  },
  // A vault being retired: a few backups, then its deletion (vault_delete tasks).
  {
    project: DEMO_PROJECT_ID, name: 'vault-sfs-old', provider: PROVIDERS.sfsTurbo, type: 'OS::Sfs::Turbo',
    resources: ['sfs-turbo-archive'], hour: 16, weight: 3, work: { backup: 20, delete: 10, vault_delete: 20 },
  },
  {
    project: OTHER_PROJECT_ID, name: 'vault-test-ecs', provider: PROVIDERS.server, type: 'OS::Nova::Server',
    resources: ['ecs-staging-01', 'ecs-staging-02'], hour: 18, weight: 6, work: { backup: 58, delete: 10, restore: 6 },
  },
];

export function createFleet(rng: Rng): Fleet {
  const vaults = PLANS.map((plan): Vault => ({
    projectId: plan.project,
    id: uuid(rng),
    name: plan.name,
    providerId: plan.provider,
    resources: plan.resources.map((name) => toResource(rng, name, plan.type)),
    policyId: uuid(rng),
    replicationPolicyId: uuid(rng),
    policyHour: plan.hour,
    work: plan.work,
    weight: plan.weight,
    appConsistent: new Set(plan.appConsistent ?? []),
  }));
  const destinationProjects = Object.fromEntries(DESTINATION_REGIONS.map((region) => [region, rng.hex(32)]));
  return { vaults, destinationProjects };
}

function toResource(rng: Rng, name: string, type: ResourceType): CbrResource {
  const resource: CbrResource = { id: uuid(rng), name, type };
  // A database server whose scratch disk is left out of its backups (seed 004 `exclude_volumes`).
  if (name === 'ecs-mysql-01') resource.extra_info = { exclude_volumes: [uuid(rng)] };
  // A build server backed up with only its system disk and workspace disk named: `include_volumes`
  // is not in seed 004; the community SDK reads it (chnsz/golangsdk ResourceExtraInfoIncludeVolumes).
  if (name === 'ecs-jenkins-01') {
    resource.extra_info = { include_volumes: [{ id: uuid(rng), os_version: 'CentOS 7.9 64bit' }, { id: uuid(rng), os_version: 'CentOS 7.9 64bit' }] };
  }
  return resource;
}

/** A weighted pick from `{ value: weight }`. */
export function pickWeighted<K extends string>(rng: Rng, weights: Readonly<Partial<Record<K, number>>>): K {
  return rng.weighted(Object.entries(weights) as [K, number][]);
}
