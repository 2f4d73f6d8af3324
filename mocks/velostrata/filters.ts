import type { TaskDescription, TaskState } from './task-description';

/**
 * The states `GET /tasks` ("List Active Tasks") counts as active: a task still doing work,
 * including one failing or being cancelled. Which states the real Manager counts is
 * UNCONFIRMED (api-facts 2.2); this is decisions.md "Velostrata".
 */
export const ACTIVE_STATES: ReadonlySet<TaskState> = new Set<TaskState>(['Running', 'Failing', 'Cancelling']);

export function isActive(task: TaskDescription): boolean {
  return task.state !== undefined && ACTIVE_STATES.has(task.state);
}
