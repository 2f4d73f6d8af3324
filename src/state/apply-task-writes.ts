import type { TaskWrite } from '../dialect';
import type { SimState, VendorSim } from './sim-state';

/**
 * The one writer of tasks: validates each written task against the vendor's task schema,
 * hands the change to the durable log when the process has one, then applies it to the store
 * (a new version: views rebuild on their next request). A refused write changes nothing.
 */
export async function applyTaskWrites(sim: SimState, vendor: VendorSim, writes: readonly TaskWrite[]): Promise<void> {
  const validate = vendor.dialect.tasks.schema === '' ? undefined : sim.validators.component(vendor.dialect.vendor, vendor.dialect.tasks.schema);
  for (const write of writes) {
    if (write.kind !== 'put' || !validate) continue;
    const issues = validate(write.task.task);
    if (issues.length > 0) throw new Error(`${vendor.dialect.vendor} task ${write.task.id} is not valid: ${issues.map((i) => `${i.pointer} ${i.message}`).join('; ')}`);
  }
  await sim.durable?.append({ kind: 'tasks', vendor: vendor.dialect.vendor, writes });
  for (const write of writes) {
    if (write.kind === 'put') vendor.store.put(write.task);
    else vendor.store.remove(write.id);
  }
}
