import { DATASTORES, hash, resultOf } from './generate/make-task';
import { TASK_KINDS, type TaskKind } from './generate/task-catalogue';
import { runningDetail, type RunningDetail } from './generate/running-detail';
import { CANCELLED, makeFault, type FaultName } from './generate/task-faults';
import { INVENTORY, type InventoryNode } from './inventory-tree';
import { keyNumber, refString, type LocalizedMethodFault, type TaskInfo } from './types';

/*
 * What a finished run leaves in a TaskInfo besides its times (vcsim task.go, api-facts 1.6):
 * `Result` on success, a LocalizedMethodFault in `Error` on failure, RequestCanceled on a
 * cancel. The task catalogue and faults are the generator's, shared on purpose: a task that
 * finishes under the clock fails the way the data set's tasks failed.
 */

const BY_ID = new Map<string, TaskKind>(TASK_KINDS.map((kind) => [kind.descriptionId, kind]));

export function kindOf(descriptionId: string): TaskKind | undefined {
  return BY_ID.get(descriptionId);
}

/** A kind's typical running time, ms: the geometric middle of its range (catalogue seconds). */
export function typicalMs(descriptionId: string, fallback: number): number {
  const kind = kindOf(descriptionId);
  return kind ? Math.round(Math.sqrt(kind.seconds[0] * kind.seconds[1]) * 1000) : fallback;
}

/** What `Result` holds once the task succeeded: the stored one, else what its kind creates (a snapshot, a VM). */
export function resultFor(info: TaskInfo): unknown {
  if (info.Result !== null) return info.Result;
  const kind = kindOf(info.DescriptionId);
  return kind ? resultOf(kind, keyNumber(info.Key)) : null;
}

/**
 * The failure of a run that names no error: one of its kind's faults (a timeout for kinds
 * that have none), with details drawn from the task key, so that the same task always fails
 * the same way (every field a client reads is a function of the run and the clock).
 */
export function failureFor(info: TaskInfo): LocalizedMethodFault {
  const seed = hash(info.Key);
  const pick = <T>(items: readonly T[]): T => items[seed % items.length] as T;
  const faults: readonly FaultName[] = kindOf(info.DescriptionId)?.faults ?? [];
  const name = faults.length > 0 ? pick(faults) : 'timedOut';
  return makeFault(name, { entityName: info.EntityName, datastore: pick(DATASTORES), taskNumber: keyNumber(info.Key), pick });
}

/** A running task's phase and locks by its kind (the generator's), details drawn from its key. */
export function runningDetailOf(info: TaskInfo): RunningDetail {
  if (info.Entity === null) return { description: null, locked: null };
  const ref = refString(info.Entity);
  const node: InventoryNode = INVENTORY.find((n) => n.ref === ref) ?? { ref, name: info.EntityName, parents: [] };
  const seed = hash(info.Key);
  return runningDetail(info.DescriptionId, node, (items) => items[seed % items.length] as (typeof items)[number]);
}

/** What CancelTask leaves (vcsim task.go): RequestCanceled with no fields of its own. */
export const CANCELED_FAULT: LocalizedMethodFault = CANCELLED;

/**
 * The run's own error when it has the LocalizedMethodFault shape (`{Fault: {...},
 * LocalizedMessage}`, closed; Fault's keys Go field names: spec MethodFault), else undefined:
 * an error of another shape is not served, so a body never breaks the spec's TaskInfo.Error.
 */
const GO_FIELD = /^[A-Z][A-Za-z0-9_]*$/;

export function ownFault(error: unknown): LocalizedMethodFault | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { Fault: fault, LocalizedMessage: message } = error as Record<string, unknown>;
  if (typeof message !== 'string' || typeof fault !== 'object' || fault === null || Array.isArray(fault)) return undefined;
  const { FaultCause: cause, FaultMessage: messages } = fault as Record<string, unknown>;
  if (Object.keys(error).some((key) => key !== 'Fault' && key !== 'LocalizedMessage')) return undefined;
  if (!('FaultCause' in fault) || !('FaultMessage' in fault)) return undefined;
  if (Object.keys(fault).some((key) => !GO_FIELD.test(key))) return undefined;
  if (cause !== null && ownFault(cause) === undefined) return undefined;
  if (messages !== null && !Array.isArray(messages)) return undefined;
  return error as LocalizedMethodFault;
}
