import type { OperationType } from '../vocabulary';

export interface ErrorInfo {
  readonly code: string;
  readonly message: string;
}

/** `error_info` of a task without error: empty strings, not null (api-facts 7). */
export const NO_ERROR: ErrorInfo = { code: '', message: '' };

/** A skipped task: its checks failed and it never ran (spec `waitingAndSkipped` example). */
export const SKIPPED: ErrorInfo = { code: 'BackupService.0001', message: 'No resource is available for backup.' };

/**
 * Why a task of each type fails. BackupService.0001, .1011 and .1012 are on CBR's error-code
 * page (api-facts 5.4); .2001/.2002 are its restore constraints, worded here; the others are
 * kit-made in the same `BackupService.` family, worded after CBR's predecessor CSBS's list.
 */
export const FAILURES: Readonly<Record<OperationType, readonly ErrorInfo[]>> = {
  backup: [
    { code: 'BackupService.6301', message: 'Failed to create the snapshot of the disk.' },
    { code: 'BackupService.6103', message: 'The server is being deleted or has been deleted.' },
    { code: 'BackupService.1200', message: 'The vault capacity is insufficient.' },
  ],
  restore: [
    { code: 'BackupService.2001', message: 'The server must be stopped before it is restored.' },
    { code: 'BackupService.2002', message: 'The disk to be restored is not attached to the server.' },
  ],
  replication: [
    { code: 'BackupService.1011', message: 'The destination project does not support replication.' },
    { code: 'BackupService.1012', message: 'The maximum number of backup replicas has been reached.' },
  ],
  copy: [{ code: 'BackupService.1011', message: 'The destination project does not support replication.' }],
  delete: [{ code: 'BackupService.5106', message: 'The backup is being replicated and cannot be deleted.' }],
  sync: [{ code: 'BackupService.7003', message: 'Failed to synchronize backups from the hybrid-cloud backup appliance.' }],
  remove_resource: [{ code: 'BackupService.3002', message: 'Some backups of the resource failed to be deleted.' }],
  vault_delete: [{ code: 'BackupService.3003', message: 'Some backups in the vault failed to be deleted.' }],
  migrate_resources: [{ code: 'BackupService.1200', message: 'The vault capacity is insufficient.' }],
};

/** Application-consistent backup of a server whose agent does not answer. */
export const AGENT_OFFLINE: ErrorInfo = {
  code: 'BackupService.6604',
  message: 'The backup agent on the server is offline; the application-consistent backup cannot be performed.',
};
