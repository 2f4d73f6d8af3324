import type { Request, Response } from 'express';
import type { AnyDialect, RequestContext, RequestParams, VendorSettings } from '../dialect';
import { invalidParameters, MockError, toMockError } from '../errors/mock-error';
import { BodyMemo } from '../http/body-memo';
import type { Reply } from '../http/reply';
import { writeReply } from '../http/write-reply';
import type { Clock } from '../runtime/clock';
import type { Rng } from '../runtime/rng';
import type { Operation } from '../spec/operation';
import type { FaultBook } from './fault-book';
import { memoRequestCheck } from '../validation/memo-request-check';
import type { RequestValidator, RawValues } from '../validation/request-validator';

export interface RouteDeps {
  readonly dialect: AnyDialect;
  readonly state: unknown;
  readonly clock: Clock;
  readonly rng: Rng;
  readonly settings: VendorSettings;
  readonly faults: FaultBook;
}

const NO_PARAMS: RequestParams = { path: {}, query: {}, header: {} };

/**
 * The request pipeline of one operation, the same for every API: authenticate → normalise
 * and validate parameters (compiled validators) → handler → one write. Any failure becomes a
 * MockError rendered in the vendor's envelope. A fault armed through `/__admin/faults` answers
 * before anything else, as the vendor's gateway would.
 */
export function operationRoute(op: Operation, validate: RequestValidator, deps: RouteDeps) {
  const { dialect } = deps;
  const handler = dialect.handlers[op.operationId];
  if (!handler) throw new Error(`${dialect.vendor}: no handler for ${op.operationId}`);
  const checkRequest = memoRequestCheck(op, validate, dialect.normalizeQuery?.bind(dialect));
  const bodies = new BodyMemo();
  return (req: Request, res: Response): void => {
    const ctx: { -readonly [K in keyof RequestContext<unknown>]: RequestContext<unknown>[K] } = {
      op,
      state: deps.state,
      params: NO_PARAMS,
      headers: req.headers,
      url: req.originalUrl,
      clock: deps.clock,
      rng: deps.rng,
      settings: deps.settings,
    };
    let reply: Reply;
    try {
      if (!deps.faults.empty) throwArmedFault(deps.faults, op.operationId);
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
    writeReply(res, reply, dialect.commonHeaders?.(ctx), bodies);
  };
}

function throwArmedFault(faults: FaultBook, operationId: string): void {
  const fault = faults.take(operationId);
  if (fault) throw new MockError(fault.kind, `fault ${fault.id} armed through /__admin/faults`);
}
