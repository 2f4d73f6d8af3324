import type { Rng } from '../../../src/runtime/rng';
import type { Progress, VapiError } from '../list-item';
import type { Subject } from './subject';

/**
 * What a FAILED task shows of its failure: the vAPI standard error (`info.error`) and, when the
 * failure comes at a known step, the progress the task had reached there (the spec's
 * FailedProtectionGroupTasks example: a create that failed while validating, at 10 of 100).
 */
export interface TaskFailure {
  readonly error: VapiError;
  readonly progress?: Progress;
}

/** What a failure may use besides its subject: the seeded rng and when the task started (epoch ms). */
export interface FailureContext {
  readonly rng: Rng;
  readonly start: number;
}

/** How a task of one operation fails. */
export type Failure = (s: Subject, at: FailureContext) => TaskFailure;

/** A failure known by its error only; the task's progress is the generic one of a failed task. */
export function errorOnly(error: (s: Subject) => VapiError): Failure {
  return (s) => ({ error: error(s) });
}
