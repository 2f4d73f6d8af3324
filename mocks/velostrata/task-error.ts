import type { TaskDescription } from './task-description';

/**
 * Velostrata's own error object for a failed run (`Run.error`): the two `TaskDescription`
 * fields a failing or failed task carries (seed 001: `errorMessage` "Task error messages",
 * `errorDetails` "Task error details"). Either may be left out.
 */
export interface TaskError {
  readonly errorMessage?: readonly string[];
  readonly errorDetails?: string;
}

/** A run's error as Velostrata's object, or undefined when it is not one (the admin API may hold anything). */
export function asTaskError(error: unknown): TaskError | undefined {
  if (typeof error !== 'object' || error === null || Array.isArray(error)) return undefined;
  const { errorMessage, errorDetails } = error as Record<string, unknown>;
  const messages = Array.isArray(errorMessage) && errorMessage.every((m) => typeof m === 'string') ? (errorMessage as string[]) : undefined;
  const details = typeof errorDetails === 'string' ? errorDetails : undefined;
  return messages === undefined && details === undefined ? undefined : withoutUndefined({ errorMessage: messages, errorDetails: details });
}

/** The error fields a task carries, as an error object (a loaded `Failing` record's). */
export function errorOfTask(task: TaskDescription): TaskError | undefined {
  return asTaskError({ errorMessage: task.errorMessage, errorDetails: task.errorDetails });
}

function withoutUndefined(error: { errorMessage: readonly string[] | undefined; errorDetails: string | undefined }): TaskError {
  const out: { errorMessage?: readonly string[]; errorDetails?: string } = {};
  if (error.errorMessage !== undefined) out.errorMessage = error.errorMessage;
  if (error.errorDetails !== undefined) out.errorDetails = error.errorDetails;
  return out;
}
