import express, { type Request, type Response } from 'express';
import type { AnyDialect } from '../dialect';
import { isMockErrorKind, MOCK_ERROR_KINDS, MockError, type MockErrorKind } from '../errors/mock-error';
import { writeReply } from '../http/write-reply';
import { findResponse } from '../spec/find-response';
import type { Operation } from '../spec/operation';
import type { SimState } from '../state/sim-state';

export type FaultRouteDeps = SimState;

/**
 * `/__admin/faults`: `POST {"operationId": "listOpLogs", "status": 429, "times": 1}` (or
 * `"kind": "rate_limited"` instead of a status) arms an error that the next requests to that
 * operation answer in the vendor's own envelope; `GET` lists, `DELETE` clears, `DELETE /{id}`
 * removes one. Only errors the operation's spec documents can be armed; anything else is
 * refused with the statuses it can answer under the current settings (vSphere answers every
 * error with HTTP 200 unless mirroring statuses).
 */
export function faultRoutes(deps: FaultRouteDeps): express.Router {
  const router = express.Router();
  router.get('/faults', (_req: Request, res: Response) => writeReply(res, { status: 200, body: { faults: deps.faults.list() } }));
  router.delete('/faults', (_req: Request, res: Response) => {
    deps.faults.clear();
    writeReply(res, { status: 204 });
  });
  router.delete('/faults/:id', (req: Request, res: Response) => {
    const removed = deps.faults.remove(String(req.params['id']));
    writeReply(res, removed ? { status: 204 } : adminError(404, `no armed fault ${String(req.params['id'])}`));
  });
  router.post('/faults', (req: Request, res: Response) => {
    const body = (req.body ?? {}) as { operationId?: unknown; status?: unknown; kind?: unknown; times?: unknown };
    const op = typeof body.operationId === 'string' ? deps.validators.operations.get(body.operationId) : undefined;
    const dialect = op && deps.vendors.get(op.vendor)?.dialect;
    if (!op || !dialect) {
      writeReply(res, adminError(400, `send {"operationId": one of ${servedOperations(deps).join(', ')}, "status": <number> | "kind": <kind>, "times"?: <n>}`));
      return;
    }
    const times = body.times === undefined ? 1 : body.times;
    if (typeof times !== 'number' || !Number.isSafeInteger(times) || times < 1) {
      writeReply(res, adminError(400, '"times" must be a positive integer'));
      return;
    }
    // Only errors the spec documents for this operation: the mock never answers outside its spec.
    const statuses = documentedOnly(op, statusOfEachKind(op, dialect, deps));
    const kind = pickKind(body, statuses);
    if (kind === undefined) {
      const offered = [...new Set(statuses.values())].sort().join(', ');
      const kinds = [...statuses.keys()].join(', ');
      writeReply(res, adminError(400, `${op.operationId} can answer these documented statuses under its current settings: ${offered} (kinds: ${kinds})`));
      return;
    }
    writeReply(res, { status: 201, body: deps.faults.arm(op.operationId, kind, statuses.get(kind) ?? 500, times) });
  });
  return router;
}

function pickKind(body: { status?: unknown; kind?: unknown }, statuses: ReadonlyMap<MockErrorKind, number>): MockErrorKind | undefined {
  if (body.kind !== undefined) return isMockErrorKind(body.kind) && statuses.has(body.kind) ? body.kind : undefined;
  if (typeof body.status !== 'number') return undefined;
  for (const [kind, status] of statuses) if (status === body.status) return kind;
  return undefined;
}

/** What the vendor answers each kind with for this operation, asked of its own renderer. */
function statusOfEachKind(op: Operation, dialect: AnyDialect, deps: FaultRouteDeps): Map<MockErrorKind, number> {
  const vendor = deps.vendors.get(dialect.vendor);
  const state = vendor?.views.current(deps.clock.now());
  const ctx = { op, state, headers: {}, url: op.path, rng: deps.rng, settings: vendor?.settings ?? {} };
  const statuses = new Map<MockErrorKind, number>();
  for (const kind of MOCK_ERROR_KINDS) {
    // An unknown route is not an error an operation's own request can answer.
    if (kind !== 'route_not_found') statuses.set(kind, dialect.renderError(new MockError(kind, 'armed fault'), ctx).status);
  }
  return statuses;
}

function documentedOnly(op: Operation, statuses: Map<MockErrorKind, number>): Map<MockErrorKind, number> {
  return new Map([...statuses].filter(([, status]) => findResponse(op, status) !== undefined));
}

function servedOperations(deps: FaultRouteDeps): string[] {
  return [...deps.validators.operations.values()].filter((op) => deps.vendors.has(op.vendor)).map((op) => op.operationId);
}

function adminError(status: number, message: string) {
  return { status, body: { error: status === 404 ? 'not_found' : 'invalid_request', message } };
}
