import type { RunInput, TaskInput } from '../admin-client/admin-types';
import type { Reply } from '../http/reply';
import { ChangeRefused } from '../state/change-refused';
import { DEFAULT_DURATION_MS, type Run } from '../state/run';
import type { SimState, VendorSim } from '../state/sim-state';
import type { StoredTask } from '../state/stored-task';
import type { AdminHandler } from './admin-handler';
import { AdminFailure } from './admin-failure';
import { adminTaskBody } from './admin-task-body';
import { mergePatch } from './merge-patch';

/** `GET /__admin/{vendor}/tasks`. */
export const listAdminTasks: AdminHandler = ({ sim, path, query }): Reply => {
  const vendor = servedVendor(sim, path['vendor']);
  const now = sim.clock.now();
  const tenant = query['tenant'] as string | undefined;
  const page = vendor.store.list({ tenant, offset: (query['offset'] as number | undefined) ?? 0, limit: (query['limit'] as number | undefined) ?? 100 });
  return { status: 200, body: { total: page.total, items: page.items.map((task) => adminTaskBody(vendor, task, now)) } };
};

/** `GET /__admin/{vendor}/tasks/{id}`. */
export const getAdminTask: AdminHandler = ({ sim, path }): Reply => {
  const vendor = servedVendor(sim, path['vendor']);
  return { status: 200, body: adminTaskBody(vendor, storedOrFail(vendor, String(path['id'])), sim.clock.now()) };
};

/** `POST /__admin/{vendor}/tasks`: the vendor completes the partial task realistically. */
export const createAdminTask: AdminHandler = async ({ sim, path, body }) => {
  const vendor = servedVendor(sim, path['vendor']);
  const input = body as TaskInput;
  const stored = await sim.writer.submit(() => {
    const now = sim.clock.now();
    const run = toRun(input.run, undefined, now);
    const make = () => vendor.dialect.tasks.complete({ task: input.task ?? {}, tenant: input.tenant, run, now, rng: sim.rng });
    let task = make();
    // Ids made from the seed repeat after a restart on a state file: draw again. An id the
    // partial task names itself comes back the same, and is refused as taken.
    for (let tries = 0; vendor.store.get(task.id) && tries < 8; tries += 1) {
      const again = make();
      if (again.id === task.id) break;
      task = again;
    }
    if (vendor.store.get(task.id)) throw new ChangeRefused(`${vendor.dialect.vendor} already has a task ${task.id}`, [{ pointer: '/task', message: `names the id ${task.id}, which is taken` }]);
    return put(vendor, task);
  });
  return { status: 201, body: adminTaskBody(vendor, stored, sim.clock.now()) };
};

/** `PATCH /__admin/{vendor}/tasks/{id}`: a merge patch of the task, the run's members replaced. */
export const changeAdminTask: AdminHandler = async ({ sim, path, body }) => {
  const vendor = servedVendor(sim, path['vendor']);
  const id = String(path['id']);
  const input = body as TaskInput;
  const stored = await sim.writer.submit(() => {
    const now = sim.clock.now();
    const current = storedOrFail(vendor, id);
    const merged = mergePatch(current.task, input.task ?? {}) as Record<string, unknown>;
    const run = input.run === undefined ? current.run : toRun(input.run, current.run, now);
    const task = run === undefined && input.tenant === undefined ? { ...current, task: merged } : vendor.dialect.tasks.complete({ task: merged, tenant: input.tenant ?? current.tenant, run: run as Run, now, rng: sim.rng });
    if (task.id !== id) throw new ChangeRefused('a task id cannot change', [{ pointer: '/task', message: `changes the id to ${task.id}` }]);
    return put(vendor, task);
  });
  return { status: 200, body: adminTaskBody(vendor, stored, sim.clock.now()) };
};

/** `DELETE /__admin/{vendor}/tasks/{id}`. */
export const deleteAdminTask: AdminHandler = async ({ sim, path }) => {
  const vendor = servedVendor(sim, path['vendor']);
  const id = String(path['id']);
  await sim.writer.submit(() => {
    storedOrFail(vendor, id);
    return { change: { kind: 'tasks', vendor: vendor.dialect.vendor, writes: [{ kind: 'remove', id }] }, result: () => undefined };
  });
  return { status: 204 };
};

function put(vendor: VendorSim, task: StoredTask) {
  return { change: { kind: 'tasks', vendor: vendor.dialect.vendor, writes: [{ kind: 'put', task }] }, result: () => task } as const;
}

/** A run from the admin body: given members over `base` (a changed task's run), defaults for the rest. */
function toRun(input: RunInput | undefined, base: Run | undefined, now: number): Run {
  const queuedAt = input?.queuedAt !== undefined ? Date.parse(input.queuedAt) : (base?.queuedAt ?? now);
  const run: Run = {
    queuedAt,
    startAfterMs: input?.startAfterMs ?? base?.startAfterMs ?? 0,
    durationMs: input?.durationMs ?? base?.durationMs ?? DEFAULT_DURATION_MS,
    outcome: input?.outcome ?? base?.outcome ?? 'success',
  };
  const error = input?.error !== undefined ? input.error : base?.error;
  const withError = error === undefined ? run : { ...run, error };
  // A cancellation moment belongs to a cancelled run only: changing the outcome drops it.
  const cancelledAt = input?.cancelledAt !== undefined ? Date.parse(input.cancelledAt) : run.outcome === 'cancelled' ? base?.cancelledAt : undefined;
  return cancelledAt === undefined ? withError : { ...withError, cancelledAt };
}

export function servedVendor(sim: SimState, key: unknown): VendorSim {
  const vendor = sim.vendors.get(String(key));
  if (!vendor) throw new AdminFailure('not_found', `${String(key)} is not served here (serving ${[...sim.vendors.keys()].join(', ')})`);
  return vendor;
}

function storedOrFail(vendor: VendorSim, id: string): StoredTask {
  const stored = vendor.store.get(id);
  if (!stored) throw new ChangeRefused(`${vendor.dialect.vendor} has no task ${id}`, [], 404);
  return stored;
}
