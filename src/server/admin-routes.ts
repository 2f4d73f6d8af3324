import express, { type Request, type Response } from 'express';
import { writeReply } from '../http/write-reply';
import type { Clock } from '../runtime/clock';
import { faultRoutes, type FaultRouteDeps } from './admin-faults';

/**
 * The control surface under `/__admin/` (the WireMock convention; never under a vendor path).
 * The simulated clock: `GET /__admin/clock` reads it, `POST /__admin/clock` with
 * `{"advanceMs": 600000}` or `{"set": "2021-08-31T09:00:00Z"}` moves it, so QA can age tasks
 * out of a recent window without waiting. Errors on demand live under `/__admin/faults`
 * (admin-faults.ts).
 */
export function adminRoutes(deps: FaultRouteDeps & { readonly clock: Clock }): express.Router {
  const { clock } = deps;
  const router = express.Router();
  router.use(express.json({ limit: '64kb' }));
  router.use(faultRoutes(deps));
  router.get('/clock', (_req: Request, res: Response) => {
    writeReply(res, { status: 200, body: clockBody(clock) });
  });
  router.post('/clock', (req: Request, res: Response) => {
    const body = (req.body ?? {}) as { advanceMs?: unknown; set?: unknown };
    if (typeof body.advanceMs === 'number' && Number.isFinite(body.advanceMs)) {
      clock.advance(body.advanceMs);
    } else if (typeof body.set === 'string' && !Number.isNaN(Date.parse(body.set))) {
      clock.set(Date.parse(body.set));
    } else {
      writeReply(res, { status: 400, body: { error: 'invalid_request', message: 'send {"advanceMs": <number>} or {"set": "<ISO date-time>"}' } });
      return;
    }
    writeReply(res, { status: 200, body: clockBody(clock) });
  });
  return router;
}

function clockBody(clock: Clock): { now: string } {
  return { now: new Date(clock.now()).toISOString() };
}
