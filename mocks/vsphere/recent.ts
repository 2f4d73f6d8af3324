import type { IndexedTask, VsphereState } from './state';

/** vCenter keeps at most 200 tasks in TaskManager.recentTask ("the VC limit"; api-facts 1.6). */
export const RECENT_MAX = 200;

/**
 * What vCenter's recentTask holds at `now` (api-facts 1.6; decisions): tasks queued or running,
 * and tasks that completed within the window (10 minutes by default), newest first, at most
 * RECENT_MAX. Tasks queued after `now` do not exist yet, so moving the clock back (to a
 * document's own time) shows the tasks of that moment.
 */
export function recentTasks(state: VsphereState, now: number): IndexedTask[] {
  const since = now - state.settings.recentWindowMs;
  const recent: IndexedTask[] = [];
  for (const task of state.active) if (task.queuedMs <= now) recent.push(task);
  for (let i = firstCompletedAtOrAfter(state.finished, since); i < state.finished.length; i += 1) {
    const task = state.finished[i] as IndexedTask;
    if (task.queuedMs <= now) recent.push(task);
  }
  return recent.sort((a, b) => a.rank - b.rank).slice(0, RECENT_MAX);
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
