import type { Reply } from '../http/reply';
import type { Snapshot } from '../state/log-entry';
import { toSnapshot } from '../state/snapshot';
import type { AdminHandler } from './admin-handler';
import { servedVendor } from './task-handlers';

/** `POST /__admin/reset`: everything back to the data set as loaded, or one vendor's tasks and sessions. */
export const resetMock: AdminHandler = async ({ sim, body }) => {
  const vendor = (body as { vendor?: string } | undefined)?.vendor;
  if (vendor !== undefined) servedVendor(sim, vendor);
  await sim.writer.submit(() => ({ change: vendor === undefined ? { kind: 'reset' } : { kind: 'reset', vendor }, result: () => undefined }));
  return { status: 204 };
};

/** `GET /__admin/state`: the state file's format. */
export const getState: AdminHandler = ({ sim }): Reply => ({ status: 200, body: toSnapshot(sim) });

/** `PUT /__admin/state`: a snapshot of this data set replaces every change and the clock. */
export const putState: AdminHandler = async ({ sim, body }) => {
  await sim.writer.submit(() => ({ change: { kind: 'snapshot', snapshot: body as Snapshot }, result: () => undefined }));
  return { status: 204 };
};
