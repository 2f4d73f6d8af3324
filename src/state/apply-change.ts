import type { Change } from './log-entry';
import type { SimState } from './sim-state';
import { changesFromSnapshot } from './snapshot';
import { TaskChanges } from './task-changes';

/**
 * Applies one change to the state: the only code that writes tasks or moves the clock for
 * the admin API, the vendors' own writes and the state file's replay alike. The change has
 * been checked before (StateWriter), so this cannot fail half-way.
 */
export function applyChange(sim: SimState, change: Change): void {
  switch (change.kind) {
    case 'tasks': {
      const { store } = sim.vendors.get(change.vendor) ?? {};
      if (!store) return;
      for (const write of change.writes) {
        if (write.kind === 'put') store.put(write.task);
        else store.remove(write.id);
      }
      return;
    }
    case 'clock':
      sim.clock.set(change.now);
      if (sim.clock.rate !== change.rate) sim.clock.setRate(change.rate);
      return;
    case 'reset':
      resetState(sim, change.vendor);
      return;
    case 'snapshot': {
      const changes = changesFromSnapshot(change.snapshot);
      for (const [vendor, { store }] of sim.vendors) store.replaceChanges(changes.get(vendor) ?? TaskChanges.NONE);
      sim.clock.set(Date.parse(change.snapshot.clock.now));
      if (sim.clock.rate !== change.snapshot.clock.rate) sim.clock.setRate(change.snapshot.clock.rate);
      return;
    }
  }
}

/** Back to the data set as loaded: one vendor's tasks and sessions, or everything. */
function resetState(sim: SimState, vendor: string | undefined): void {
  if (vendor !== undefined) {
    sim.vendors.get(vendor)?.store.reset();
    sim.sessions.clear(vendor);
    return;
  }
  for (const { store } of sim.vendors.values()) store.reset();
  sim.clock.set(sim.start.now);
  if (sim.clock.rate !== sim.start.rate) sim.clock.setRate(sim.start.rate);
  sim.faults.clear();
  sim.sessions.clear();
  sim.journal.clear();
  sim.arrivals.reset(sim.start.now);
}
