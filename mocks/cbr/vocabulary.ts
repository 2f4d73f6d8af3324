/**
 * CBR's closed value sets, in the spec's order (specs/cbr.yaml `OperationType`, `TaskStatus`,
 * `ResourceType`; api-facts 5.2). The state stores a task's type and status as their index in
 * these lists, so a filter compares small integers, not strings.
 */
export const OPERATION_TYPES = [
  'backup',
  'copy',
  'replication',
  'delete',
  'restore',
  'vault_delete',
  'remove_resource',
  'sync',
  'migrate_resources',
] as const;
export type OperationType = (typeof OPERATION_TYPES)[number];

export const TASK_STATUSES = ['success', 'skipped', 'failed', 'running', 'timeout', 'waiting'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export type ResourceType =
  | 'OS::Nova::Server'
  | 'OS::Cinder::Volume'
  | 'OS::Ironic::BareMetalServer'
  | 'OS::Native::Server'
  | 'OS::Sfs::Turbo'
  | 'OS::Workspace::DesktopV2';

/** Backup provider ids (api-facts 5.2, from the CBR ShowBackup documentation). */
export const PROVIDERS = {
  server: '0daac4c5-6707-4851-97ba-169e36266b66',
  disk: 'd1603440-187d-4516-af25-121250c7cc97',
  sfsTurbo: '3f3c3220-245c-4805-b811-758870015881',
  hybridVmware: 'a13639de-00be-4e94-af30-26912d75e4a2',
} as const;

/** decisions.md "Demo tenants and credentials": the seed's own example project, and the kit's token. */
export const DEMO_PROJECT_ID = '04f1829c788037ac2fb8c01eb2b04b95';
export const DEMO_TOKEN = 'taskmock-cbr-token';
