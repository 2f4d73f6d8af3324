import type { Request, Response } from 'express';
import type { HandlerReply, RequestContext, RequestParams } from '../dialect';
import { invalidParameters, MockError, toMockError } from '../errors/mock-error';
import { BodyMemo } from '../http/body-memo';
import type { Reply } from '../http/reply';
import { writeReply } from '../http/write-reply';
import type { Operation } from '../spec/operation';
import type { SimState, VendorSim } from '../state/sim-state';
import { memoRequestCheck } from '../validation/memo-request-check';
import type { RequestValidator, RawValues } from '../validation/request-validator';

const NO_PARAMS: RequestParams = { path: {}, query: {}, header: {} };

/**
 * The request pipeline of one operation, the same for every API: authenticate → normalise
 * and validate parameters (compiled validators) → handler → one write. Any failure becomes a
 * MockError rendered in the vendor's envelope. A fault armed through `/__admin/faults` answers
 * before anything else, as the vendor's gateway would.
 */
export function operationRoute(op: Operation, validate: RequestValidator, vendor: VendorSim, sim: SimState) {
  const { dialect, views, store, settings } = vendor;
  const { clock, rng, faults, sessions, journal } = sim;
  const storedTask = (id: string) => store.get(id);
  const handler = dialect.handlers[op.operationId];
  if (!handler) throw new Error(`${dialect.vendor}: no handler for ${op.operationId}`);
  const checkRequest = memoRequestCheck(op, validate, dialect.normalizeQuery?.bind(dialect));
  const bodies = new BodyMemo();
  return (req: Request, res: Response): void => {
    const started = performance.now();
    const ctx: { -readonly [K in keyof RequestContext<unknown>]: RequestContext<unknown>[K] } = {
      op,
      state: views.current(clock.now()),
      params: NO_PARAMS,
      headers: req.headers,
      url: req.originalUrl,
      clock,
      rng,
      settings,
      sessions,
      storedTask,
    };
    let reply: HandlerReply;
    let fault: string | undefined;
    try {
      const armed = faults.empty ? undefined : faults.take(op.operationId);
      if (armed) {
        fault = armed.id;
        throw new MockError(armed.kind, `fault ${armed.id} armed through /__admin/faults`);
      }
      dialect.authenticate?.(ctx);
      const check = checkRequest(req.url, () => ({ path: req.params as RawValues, query: req.query as RawValues, headers: req.headers }));
      if (check.issues.length > 0) throw invalidParameters(check.issues);
      if (dialect.rejectUndeclaredQuery && check.undeclaredQuery.length > 0) {
        const param = check.undeclaredQuery[0] ?? '';
        throw new MockError('unknown_parameter', `query parameter '${param}' is not supported`, { param });
      }
      // The remembered check's own object: a repeated request hands its handler the same params.
      ctx.params = check.values;
      reply = handler(ctx);
    } catch (error) {
      reply = dialect.renderError(toMockError(error), ctx);
    }
    const finish = (sent: Reply) => {
      writeReply(res, sent, dialect.commonHeaders?.(ctx), bodies);
      journal.record({ at: clock.now(), vendor: dialect.vendor, operationId: op.operationId, method: req.method, url: req.originalUrl, status: sent.status, ms: performance.now() - started, fault });
    };
    if (reply.writes === undefined || reply.writes.length === 0) return finish(reply);
    // A vendor API that changes a task (Velostrata's cancel): the change is applied, and on
    // disk with a state file, before the answer goes out; a refused write is the vendor's 500.
    const change = { kind: 'tasks', vendor: dialect.vendor, writes: reply.writes } as const;
    sim.writer.submit(() => ({ change, result: () => undefined })).then(
      () => finish(reply),
      (error: unknown) => finish(dialect.renderError(toMockError(error), ctx)),
    );
  };
}
