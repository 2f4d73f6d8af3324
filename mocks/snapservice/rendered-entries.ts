import { runStateAt } from '../../src/state/lifecycle';
import type { StoredTask } from '../../src/state/stored-task';
import type { ListItem } from './list-item';
import { renderTask } from './render-task';
import { toTaskEntry, type TaskEntry } from './task-entry';

/**
 * The last rendering of each stored task with a run, kept while the task object lives. A view is
 * rebuilt at every progress step (a second) while any task runs; a task's rendering changes far
 * less often (its whole percent, its phase), so most tasks are not rendered and serialised again.
 * Sound because a StoredTask is immutable (a change is a new object, TaskChanges) and the key
 * holds everything of `now` that renderTask reads: the phase and the rounded progress, or the
 * moment itself for a task that shows `last_update_time`. Nothing here is served without the
 * view that asked for it, so it holds no answer a changed store could contradict.
 */
export class RenderedEntries {
  private readonly byTask = new WeakMap<StoredTask, { readonly key: string; readonly entry: TaskEntry }>();

  at(task: StoredTask, now: number): TaskEntry {
    if (task.run === undefined) return toTaskEntry(renderTask(task, now));
    const state = runStateAt(task.run, now);
    const key = 'last_update_time' in (task.task as ListItem).info ? String(now) : `${state.phase}:${Math.round(state.progress)}`;
    const kept = this.byTask.get(task);
    if (kept?.key === key) return kept.entry;
    const entry = toTaskEntry(renderTask(task, now));
    this.byTask.set(task, { key, entry });
    return entry;
  }
}
