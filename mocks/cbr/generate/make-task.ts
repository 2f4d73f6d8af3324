import type { Rng } from '../../../src/runtime/rng';
import { formatCbrTimestamp, type TimestampStyle } from '../cbr-time';
import { typeMember, type TaskShape } from './extra-info';
import { FAILURES, NO_ERROR, SKIPPED, type ErrorInfo } from './failures';
import { pickWeighted, type Fleet, type Vault } from './fleet';
import { commonRequestId, uuid } from './ids';
import type { OperationLog } from '../operation-log';
import { planTiming, type TaskTiming } from './task-timing';
import type { OperationType, TaskStatus } from '../vocabulary';

/** Status mix per type: most tasks succeed; only backups are skipped; legacy copies are all over. */
const STATUS_WEIGHTS: Readonly<Record<OperationType, Readonly<Partial<Record<TaskStatus, number>>>>> = {
  backup: { success: 78, failed: 7, skipped: 3, timeout: 2, running: 3, waiting: 2 },
  replication: { success: 80, failed: 8, timeout: 3, running: 3, waiting: 2 },
  copy: { success: 80, failed: 10, timeout: 10 },
  restore: { success: 85, failed: 10, running: 3 },
  delete: { success: 92, failed: 4, running: 2, waiting: 2 },
  sync: { success: 88, failed: 6, running: 3, waiting: 3 },
  remove_resource: { success: 90, failed: 8, running: 2 },
  vault_delete: { success: 85, failed: 15 },
  migrate_resources: { success: 90, failed: 8, running: 2 },
};

/** Share of tasks a policy starts, per type (the rest are manual). */
const AUTO_SHARE: Readonly<Partial<Record<OperationType, number>>> = { backup: 0.75, replication: 0.6, delete: 0.7, sync: 1 };

/** The three genuine timestamp forms (api-facts 7): most current, some to the second, a few without offset. */
const STYLE_WEIGHTS: Readonly<Record<TimestampStyle, number>> = { offset: 70, zulu: 20, naive: 10 };

/** What a caller may fix instead of drawing it (a task created through the admin API). */
export interface FixedShape {
  readonly type?: OperationType;
  readonly status?: TaskStatus;
}

/**
 * One generated CBR task, keys in the order of the spec's examples. A `fixed` type or status
 * is not drawn (so the data set, which fixes neither, draws exactly as it always has).
 */
export function makeTask(rng: Rng, fleet: Fleet, now: number, fixed: FixedShape = {}): OperationLog {
  const vault = pickVault(rng, fleet.vaults);
  const type = fixed.type ?? pickWeighted(rng, vault.work);
  const status = fixed.status ?? pickWeighted(rng, STATUS_WEIGHTS[type]);
  const auto = rng.next() < (AUTO_SHARE[type] ?? 0);
  const shape: TaskShape = { type, status, vault, resource: rng.pick(vault.resources), auto, error: errorInfo(rng, type, status) };
  const timing = planTiming(rng, { type, status, auto, policyHour: vault.policyHour, now });
  const style = pickWeighted(rng, STYLE_WEIGHTS);
  const time = (ms: number): string => formatCbrTimestamp(ms, style, rng.int(1000));
  const id = uuid(rng);
  const policyId = auto ? (type === 'replication' ? vault.replicationPolicyId : vault.policyId) : rng.next() < 0.1 ? null : undefined;
  const checkpointId = hasCheckpoint(type, status) ? uuid(rng) : undefined;
  const task: OperationLog = {
    id,
    project_id: vault.projectId,
    operation_type: type,
    status,
    provider_id: vault.providerId,
    ...(policyId === undefined ? {} : { policy_id: policyId }),
    ...(checkpointId === undefined ? {} : { checkpoint_id: checkpointId }),
    vault_id: vault.id,
    vault_name: vault.name,
    created_at: time(timing.createdAt),
    started_at: time(timing.startedAt),
    ...endedAt(rng, timing, time),
    updated_at: time(timing.updatedAt),
    error_info: { ...shape.error },
    extra_info: { resource: shape.resource, ...typeMember(rng, shape, fleet), common: common(rng, type, status) },
  };
  return task;
}

function pickVault(rng: Rng, vaults: readonly Vault[]): Vault {
  const index = pickWeighted(rng, Object.fromEntries(vaults.map((v, i) => [String(i), v.weight])));
  return vaults[Number(index)] as Vault;
}

function errorInfo(rng: Rng, type: OperationType, status: TaskStatus): ErrorInfo {
  if (status === 'failed') return rng.pick(FAILURES[type]);
  if (status === 'skipped') return SKIPPED;
  // timeout: "no error, but a step exceeded the system time limit" (spec TaskStatus).
  return NO_ERROR;
}

/** A restore point exists for backups that ran, and is the subject of restores, replications, deletes. */
function hasCheckpoint(type: OperationType, status: TaskStatus): boolean {
  if (type === 'backup') return status === 'success' || status === 'running' || status === 'timeout';
  return type === 'restore' || type === 'replication' || type === 'copy' || type === 'delete';
}

/** No end while waiting or running: absent mostly, `null` sometimes (both genuine, specs/cbr.yaml). */
function endedAt(rng: Rng, timing: TaskTiming, time: (ms: number) => string): Pick<OperationLog, 'ended_at'> {
  if (timing.endedAt !== undefined) return { ended_at: time(timing.endedAt) };
  return rng.next() < 0.3 ? { ended_at: null } : {};
}

function common(rng: Rng, type: OperationType, status: TaskStatus): NonNullable<OperationLog['extra_info']>['common'] {
  const progress =
    status === 'success' ? 100 : status === 'running' ? 1 + rng.int(99) : status === 'timeout' ? 20 + rng.int(76) : status === 'failed' ? rng.int(40) : 0;
  const value: { progress: number; request_id: string; task_id?: string } = { progress, request_id: commonRequestId(rng) };
  // Newer servers add the backup task id (SDK OpExtendInfoCommon.task_id).
  if (type === 'backup' && rng.next() < 0.6) value.task_id = uuid(rng);
  return value;
}
