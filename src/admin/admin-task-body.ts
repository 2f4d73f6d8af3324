import { runToJson } from '../state/run';
import type { VendorSim } from '../state/sim-state';
import type { StoredTask } from '../state/stored-task';

/** A task as the admin API shows it: as the vendor's API shows it now, with its run. */
export function adminTaskBody(vendor: VendorSim, stored: StoredTask, now: number) {
  return {
    id: stored.id,
    tenant: stored.tenant,
    task: vendor.dialect.tasks.render(stored, now),
    run: stored.run === undefined ? null : runToJson(stored.run),
  };
}
