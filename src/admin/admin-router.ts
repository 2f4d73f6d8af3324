import express, { type NextFunction, type Request, type Response } from 'express';
import { writeReply } from '../http/write-reply';
import type { Operation } from '../spec/operation';
import type { Problem } from '../state/change-refused';
import type { SimState } from '../state/sim-state';
import type { Validators } from '../validation/create-validators';
import type { RawValues } from '../validation/request-validator';
import { toExpressPath } from '../server/to-express-path';
import type { AdminHandler } from './admin-handler';
import { AdminFailure, toAdminErrorReply } from './admin-failure';
import { adminHandlers } from './admin-handlers';

/** The largest admin body (a whole-state snapshot): larger ones answer 413 and change nothing. */
const BODY_LIMIT = '16mb';

/**
 * The admin API's routes, bound by operationId to specs/admin/admin.yaml (start-up fails when
 * they disagree); every request's parameters and body are checked by the compiled validators
 * first, and a bad one is answered 400 with every problem and its JSON pointer.
 */
export function adminRouter(sim: SimState, validators: Validators): express.Router {
  const operations = [...validators.operations.values()];
  const missing = operations.filter((op) => !adminHandlers[op.operationId]).map((op) => op.operationId);
  const orphans = Object.keys(adminHandlers).filter((id) => !validators.operations.has(id));
  if (missing.length > 0 || orphans.length > 0) throw new Error(`admin API: spec and handlers disagree (no handler: ${missing.join(', ') || '-'}; no operation: ${orphans.join(', ') || '-'})`);
  const router = express.Router();
  const json = express.json({ limit: BODY_LIMIT, type: () => true });
  for (const op of operations) {
    const handler = adminHandlers[op.operationId] as AdminHandler;
    const hasBody = validators.requestBody(op.operationId) !== undefined;
    router[op.method](toExpressPath(op.path), ...(hasBody ? [json] : []), (req: Request, res: Response) => {
      serve(op, handler, sim, validators, req).then((reply) => writeReply(res, reply));
    });
  }
  router.use('/__admin', (req: Request, res: Response) => {
    writeReply(res, toAdminErrorReply(new AdminFailure('not_found', `no admin route ${req.method} /__admin${req.path}`)));
  });
  // Express knows an error handler by its four parameters (a body that is not JSON, or too large).
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  router.use('/__admin', (error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const type = (error as { type?: unknown }).type;
    const failure =
      type === 'entity.too.large'
        ? new AdminFailure('too_large', `the body is larger than ${BODY_LIMIT}`)
        : new AdminFailure('invalid_request', 'the body is not valid JSON', [{ pointer: '', message: (error as Error).message }]);
    writeReply(res, toAdminErrorReply(failure));
  });
  return router;
}

async function serve(op: Operation, handler: AdminHandler, sim: SimState, validators: Validators, req: Request) {
  try {
    const check = validators.request(op.operationId)({ path: req.params as RawValues, query: req.query as RawValues });
    const problems: Problem[] = check.issues.map((issue) => ({ pointer: `/${issue.in}/${issue.name}`, message: issue.message }));
    for (const key of check.undeclaredQuery) problems.push({ pointer: `/query/${key}`, message: 'is not a parameter of this operation' });
    if (problems.some((p) => p.pointer === '/path/vendor')) throw new AdminFailure('not_found', `no vendor ${String(req.params['vendor'])}`, problems);
    const body = bodyOf(req);
    const bodySchema = validators.requestBody(op.operationId);
    if (bodySchema) problems.push(...bodySchema(body));
    if (problems.length > 0) throw new AdminFailure('invalid_request', `the request has ${problems.length} problem${problems.length === 1 ? '' : 's'}`, problems);
    return await handler({ sim, path: check.values.path, query: check.values.query, body });
  } catch (error) {
    return toAdminErrorReply(error);
  }
}

/** The parsed JSON body, or undefined when none was sent (express.json leaves `{}` for an empty one). */
function bodyOf(req: Request): unknown {
  const length = Number(req.headers['content-length'] ?? 0);
  const chunked = req.headers['transfer-encoding'] !== undefined;
  return length > 0 || chunked ? (req.body as unknown) : undefined;
}
