import type { TaskChanges } from '../../src/state/task-changes';
import type { VsphereBase } from './base';
import { newestTaskFirst, type IndexedTask } from './indexed-task';

/** vCenter keeps at most 200 tasks in TaskManager.recentTask ("the VC limit"; api-facts 1.6). */
export const RECENT_MAX = 200;

export interface RecentTasks {
  /** Newest first, at most RECENT_MAX. */
  readonly tasks: readonly IndexedTask[];
  /** The next moment the list changes with the clock alone: a task leaves the window, or a loaded task's queue time comes. */
  readonly validUntil: number;
}

/**
 * What vCenter's recentTask holds at `now` (api-facts 1.6; decisions): tasks queued or running,
 * and tasks that completed within the window (10 minutes by default), newest first, at most
 * RECENT_MAX. Tasks queued after `now` do not exist yet, so moving the clock back (to a
 * document's own time) shows the tasks of that moment. `rendered` are the view's tasks
 * rendered at `now` (runs, changes); the loaded tasks without a run come from the base,
 * less the changed ones.
 */
export function recentAt(base: VsphereBase, changes: TaskChanges, rendered: readonly IndexedTask[], now: number): RecentTasks {
  const windowMs = base.settings.recentWindowMs;
  const since = now - windowMs;
  const recent: IndexedTask[] = [];
  for (let i = firstCompletedAtOrAfter(base.finished, since); i < base.finished.length; i += 1) {
    const task = base.finished[i] as IndexedTask;
    if (task.queuedMs <= now && !changes.has(task.id)) recent.push(task);
  }
  let validUntil = firstAfter(base.queueTimes, now);
  for (const task of rendered) {
    if (task.queuedMs > now) validUntil = Math.min(validUntil, task.queuedMs);
    else if (task.completedMs === null || task.completedMs >= since) recent.push(task);
  }
  // A finished task leaves once `now - window` passes its completion: at completion + window + 1 ms.
  for (const task of recent) if (task.completedMs !== null) validUntil = Math.min(validUntil, task.completedMs + windowMs + 1);
  return { tasks: recent.sort(newestTaskFirst).slice(0, RECENT_MAX), validUntil };
}

/** Binary search in tasks ordered by completion time. */
function firstCompletedAtOrAfter(finished: readonly IndexedTask[], since: number): number {
  let lo = 0;
  let hi = finished.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (((finished[mid] as IndexedTask).completedMs ?? 0) < since) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first of ascending times after `now`; Infinity when none. */
function firstAfter(times: Float64Array, now: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((times[mid] as number) <= now) lo = mid + 1;
    else hi = mid;
  }
  return lo < times.length ? (times[lo] as number) : Number.POSITIVE_INFINITY;
}
