import type { Reply } from '../http/reply';
import { packageVersion } from '../package-version';
import type { AdminHandler } from './admin-handler';

/** `GET /__admin/health`: up, with what it serves and the simulated now. */
export const getHealth: AdminHandler = ({ sim }): Reply => ({
  status: 200,
  body: { status: 'ok', version: packageVersion(), apis: [...sim.vendors.keys()], now: new Date(sim.clock.now()).toISOString() },
});

/** `GET /__admin/requests`: the journal, newest first, secrets redacted. */
export const listRequests: AdminHandler = ({ sim, query }): Reply => ({
  status: 200,
  body: {
    requests: sim.journal.list({
      vendor: query['vendor'] as string | undefined,
      operationId: query['operationId'] as string | undefined,
      status: query['status'] as number | undefined,
      limit: (query['limit'] as number | undefined) ?? 100,
    }),
  },
});

/** `DELETE /__admin/requests`. */
export const clearRequests: AdminHandler = ({ sim }): Reply => {
  sim.journal.clear();
  return { status: 204 };
};
