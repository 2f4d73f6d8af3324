import type { ViewInput } from '../../src/dialect';
import { BoundedMemo } from '../../src/runtime/bounded-memo';
import { nextChangeAt, runStateAt } from '../../src/state/lifecycle';
import type { StoredTask } from '../../src/state/stored-task';
import type { View } from '../../src/state/view-cache';
import type { SnapserviceBase } from './base';
import type { SnapserviceState } from './state';
import type { TaskEntry } from './task-entry';
import { indexEntries } from './task-index';

/**
 * The API at `now`: the base's finished tasks as loaded (their JSON and indexes reused), and only
 * the tasks with a run or a change rendered and serialised again (when their rendering changed,
 * rendered-entries.ts). The view holds until the next
 * moment one of those runs changes (a phase, or a progress step); a task not yet queued is left
 * out (decisions.md: not visible before `queuedAt`).
 */
export function createView(input: ViewInput<SnapserviceBase>): View<SnapserviceState> {
  const { base, changes, now } = input;
  const hidden = new Set<string>();
  const shown: StoredTask[] = [];
  for (const [id, change] of changes.entries()) {
    if (base.fixed.byId.has(id)) hidden.add(id);
    if (change) shown.push(change);
  }
  for (const task of base.moving) if (!changes.has(task.id)) shown.push(task);
  let validUntil = Number.POSITIVE_INFINITY;
  const entries: TaskEntry[] = [];
  for (const task of shown) {
    if (task.run !== undefined) {
      validUntil = Math.min(validUntil, nextChangeAt(task.run, now));
      if (runStateAt(task.run, now).phase === 'scheduled') continue;
    }
    entries.push(base.rendered.at(task, now));
  }
  const state: SnapserviceState = { fixed: base.fixed, hidden, live: indexEntries(entries), users: base.users, answers: new BoundedMemo(512) };
  return { state, validUntil };
}
