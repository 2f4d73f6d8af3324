import { FAILURES, NO_ERROR, type ErrorInfo } from './generate/failures';
import { textHash } from './text-hash';
import type { OperationType } from './vocabulary';

/**
 * A cancelled task. CBR documents no cancellation (seed 004 and api-facts 5 name none; its
 * tasks end `success`, `failed`, `skipped` or `timeout`), so decisions.md's table shows a
 * cancelled run as `failed`; the code is kit-made in the `BackupService.9xxx` range that
 * specs/cbr.yaml reserves for the kit, so no client mistakes it for a real CBR code.
 */
export const CANCELLED: ErrorInfo = { code: 'BackupService.9410', message: 'The task was cancelled.' };

/** `error_info` of a task with no error (api-facts 7): empty strings, not null. */
export { NO_ERROR };

/**
 * The error a failed run of a `type` task shows when its run names none: one of the
 * generator's CBR codes for that type (generate/failures.ts), chosen by the task id so the
 * same task always fails the same way (render is a pure function of the task, run and clock).
 */
export function defaultFailure(type: OperationType | undefined, id: string): ErrorInfo {
  const choices = FAILURES[type ?? 'backup'];
  return choices[textHash(id) % choices.length] as ErrorInfo;
}

/** `run.error` when it has CBR's `error_info` shape (`code` and `message`, strings when present). */
export function asErrorInfo(error: unknown): { code?: string; message?: string } | undefined {
  if (typeof error !== 'object' || error === null || Array.isArray(error)) return undefined;
  const { code, message } = error as Record<string, unknown>;
  if ((code !== undefined && typeof code !== 'string') || (message !== undefined && typeof message !== 'string')) return undefined;
  return error as { code?: string; message?: string };
}
