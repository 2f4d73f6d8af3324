import type { Snapshot, SnapshotVendor } from './log-entry';
import { runFromJson, runToJson, type RunJson } from './run';
import type { SimState } from './sim-state';
import type { StoredTask } from './stored-task';
import { TaskChanges } from './task-changes';

export const SNAPSHOT_FORMAT = 'taskmock-state/1';

/**
 * The state as one document: per vendor, the tasks created or changed over the data set (as
 * stored, before their runs are applied) and the loaded ones removed; and the clock. The data
 * set itself is not in it (a million tasks): it names the data set by its moment and seed.
 */
export function toSnapshot(sim: SimState): Snapshot {
  const vendors: Record<string, SnapshotVendor> = {};
  for (const [vendor, { store }] of sim.vendors) {
    const tasks: SnapshotVendor['tasks'][number][] = [];
    const removed: string[] = [];
    for (const [id, task] of store.changes.entries()) {
      if (task === null) removed.push(id);
      else tasks.push({ id: task.id, tenant: task.tenant, task: task.task, run: task.run === undefined ? null : runToJson(task.run) });
    }
    vendors[vendor] = { tasks, removed };
  }
  return {
    format: SNAPSHOT_FORMAT,
    dataSet: { now: new Date(sim.dataSet.now).toISOString(), seed: sim.dataSet.seed },
    clock: { now: new Date(sim.clock.now()).toISOString(), rate: sim.clock.rate },
    vendors,
  };
}

/** Each vendor's changes as a snapshot records them (the snapshot was checked against the admin spec). */
export function changesFromSnapshot(snapshot: Snapshot): Map<string, TaskChanges> {
  const out = new Map<string, TaskChanges>();
  for (const [vendor, changes] of Object.entries(snapshot.vendors)) {
    const entries: Array<[string, StoredTask | null]> = [];
    for (const t of changes.tasks) {
      const run = t.run === null || t.run === undefined ? undefined : runFromJson(t.run as RunJson);
      entries.push([t.id, { id: t.id, tenant: t.tenant, task: t.task, run }]);
    }
    for (const id of changes.removed) entries.push([id, null]);
    out.set(vendor, TaskChanges.of(entries));
  }
  return out;
}
