import type { ViewInput } from '../../src/dialect';
import { BoundedMemo } from '../../src/runtime/bounded-memo';
import { nextChangeAt, runStateAt } from '../../src/state/lifecycle';
import type { StoredTask } from '../../src/state/stored-task';
import type { View } from '../../src/state/view-cache';
import type { VsphereBase } from './base';
import { indexTask, newestTaskFirst, type IndexedTask } from './indexed-task';
import { createInventory } from './inventory';
import { recentAt } from './recent';
import { renderTask } from './render-task';
import { mergedList, type TaskList } from './task-list';
import type { VsphereState } from './state';
import type { TaskItem } from './types';

/**
 * What the platform serves at `now`: the loaded tasks with the changes merged, each task with
 * a run rendered at `now` (render-task.ts). A task not yet queued (`scheduled`) is in no list;
 * a task of another vsphere_uuid neither (the platform manages one). With no change and no
 * task hidden, the lists are the base's own arrays, else merged lists over them (task-list.ts):
 * only the few running or changed tasks are rendered.
 * Current until a rendered task changes (lifecycle.ts nextChangeAt) or the recent window
 * moves past a task (recent.ts).
 */
export function createView({ base, changes, now }: ViewInput<VsphereBase>): View<VsphereState> {
  const settings = base.settings;
  const hidden = new Set<string>();
  const overrides = new Map<string, IndexedTask>();
  const shown: StoredTask[] = [];
  for (const task of base.live) {
    if (changes.has(task.id)) continue;
    shown.push({ id: task.id, tenant: settings.vsphereUuid, task: task.item, run: task.run });
  }
  for (const [id, task] of changes.entries()) {
    if (base.byId.has(id)) hidden.add(id);
    if (task && task.tenant === settings.vsphereUuid) shown.push(task);
  }
  const entityOf = (task: StoredTask) => (task.task as TaskItem).entity;
  const inventory = shown.every((task) => base.inventory.has(entityOf(task)) || entityOf(task) === '')
    ? base.inventory
    : createInventory([...base.entities, ...shown.map(entityOf)]);
  const added: IndexedTask[] = [];
  let validUntil = Number.POSITIVE_INFINITY;
  for (const stored of shown) {
    if (stored.run) {
      validUntil = Math.min(validUntil, nextChangeAt(stored.run, now));
      if (runStateAt(stored.run, now).phase === 'scheduled') {
        hidden.add(stored.id);
        continue;
      }
    }
    const entry = indexTask(stored.id, renderTask(stored, now), stored.run, inventory);
    if (changes.has(stored.id)) added.push(entry);
    else overrides.set(stored.id, entry);
  }
  added.sort(newestTaskFirst);
  const gone = [...hidden].map((id) => base.byId.get(id)).filter((task) => task !== undefined);
  const tasks = mergedList(base.tasks, gone, added);
  const scopes = new Map<string, TaskList>();
  const recent = recentAt(base, changes, [...overrides.values(), ...added], now);
  return {
    state: {
      settings,
      inventory,
      tasks,
      scope: (reference) => {
        let list = scopes.get(reference);
        if (list === undefined) {
          list = mergedList(base.byScope.get(reference) ?? [], gone, added.filter((task) => task.scopes.includes(reference)));
          scopes.set(reference, list);
        }
        return list;
      },
      recent: recent.tasks,
      shown: (task) => overrides.get(task.id) ?? task,
      blocks: base.blocks,
      pageHeads: new BoundedMemo(),
    },
    validUntil: Math.min(validUntil, recent.validUntil),
  };
}
