import type { JsonText } from '../../src/http/reply';
import type { BoundedMemo } from '../../src/runtime/bounded-memo';
import type { TaskEntry } from './task-entry';
import type { TaskIndex } from './task-index';
import type { SnapserviceUser } from './users';

/**
 * What the API serves at one moment (view.ts): the base's finished tasks, less those changed or
 * removed since, and the tasks with a run or a change rendered at the view's moment.
 */
export interface SnapserviceState {
  /** The base's tasks without a run, as loaded (shared by every view). */
  readonly fixed: TaskIndex;
  /** Ids of `fixed` that the store changed or removed: not shown from there. */
  readonly hidden: ReadonlySet<string>;
  /** Tasks with a run (not yet visible ones left out) and changed or created tasks, rendered at the view's moment. */
  readonly live: TaskIndex;
  readonly users: readonly SnapserviceUser[];
  /**
   * Answers already built, by request URL. The view's tasks do not change while it lives, so an
   * answer built once serves every later request with the same URL until the view is replaced:
   * joining the pre-serialised items makes a rope string that V8 flattens on the first write, and
   * that flattening (about 15 µs for the default request's 27 KB) dominated our per-request cost.
   * Credentials are checked before the handler, so a kept answer never reaches a request that
   * would not get it.
   */
  readonly answers: BoundedMemo<string, JsonText>;
}

/** The task with this id as the view shows it, or undefined (unknown, removed, not yet visible). */
export function findTask(state: SnapserviceState, id: string): TaskEntry | undefined {
  return state.live.byId.get(id) ?? (state.hidden.has(id) ? undefined : state.fixed.byId.get(id));
}
