import type { TaskDescription } from './task-description';

/**
 * The order of the active-task list: newest `startTime` first, then task id (natural order,
 * so `t-9` before `t-10`). The vendor documents no order (seed 001, api-facts 2.2); newest
 * first is what a client polling for work in progress wants to see. Tasks without a start
 * time come last. Applied once at load, never per request.
 */
export function compareTasks(a: TaskDescription, b: TaskDescription): number {
  const timeA = startMs(a);
  const timeB = startMs(b);
  if (timeA !== timeB) return timeB > timeA ? 1 : -1;
  return ID_COLLATOR.compare(a.id?.value ?? '', b.id?.value ?? '');
}

const ID_COLLATOR = new Intl.Collator('en', { numeric: true });

function startMs(task: TaskDescription): number {
  const ms = task.startTime === undefined ? Number.NaN : Date.parse(task.startTime);
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}
