import express, { type NextFunction, type Request, type Response } from 'express';
import type { AnyDialect } from '../dialect';
import { MockError, toMockError } from '../errors/mock-error';
import { writeReply } from '../http/write-reply';
import { vendorSim, type SimState } from '../state/sim-state';
import { adminRouter } from '../admin/admin-router';
import { operationRoute } from './operation-route';
import { toExpressPath } from './to-express-path';

export interface AppOptions {
  /** The APIs this listener serves (all of the process's, or one given its own port). */
  readonly dialects: readonly AnyDialect[];
  /** The process's one state, shared by every listener. */
  readonly sim: SimState;
}

/**
 * Builds the Express 5 app serving the given APIs at their real paths. Routes come from the
 * specs by operationId; start-up fails when a spec operation has no handler or a handler has
 * no operation. Unknown routes and malformed requests answer in the owning vendor's envelope,
 * or as plain JSON outside every vendor's paths: never Express's HTML page.
 */
export function createApp(options: AppOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  // The APIs' routes first: Express tries routes in order, and their requests are the many.
  for (const dialect of options.dialects) mountDialect(app, dialect, options.sim);
  app.use(adminRouter(options.sim, options.sim.adminValidators));
  app.use((req: Request, res: Response) => {
    fail(res, req, new MockError('route_not_found', `no API route ${req.method} ${req.path}`), options);
  });
  // Express knows an error handler by its four parameters, so `next` stays though unused.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  app.use((error: unknown, req: Request, res: Response, next: NextFunction) => {
    const status = (error as { status?: unknown }).status;
    const kind = typeof status === 'number' && status < 500 ? 'invalid_parameter' : 'internal';
    const mockError = error instanceof MockError ? error : kind === 'internal' ? toMockError(error) : new MockError(kind, 'malformed request');
    fail(res, req, mockError, options);
  });
  return app;
}

function mountDialect(app: express.Express, dialect: AnyDialect, sim: SimState): void {
  const operations = [...sim.validators.operations.values()].filter((op) => op.vendor === dialect.vendor);
  const missing = operations.filter((op) => !dialect.handlers[op.operationId]).map((op) => op.operationId);
  const orphans = Object.keys(dialect.handlers).filter((id) => !operations.some((op) => op.operationId === id));
  if (missing.length > 0 || orphans.length > 0) {
    throw new Error(
      `${dialect.vendor}: spec and handlers disagree.` +
        (missing.length ? ` Operations without a handler: ${missing.join(', ')}.` : '') +
        (orphans.length ? ` Handlers without an operation in specs/${dialect.vendor}.yaml: ${orphans.join(', ')}.` : ''),
    );
  }
  const vendor = vendorSim(sim, dialect.vendor);
  for (const op of operations) {
    app[op.method](toExpressPath(op.path), operationRoute(op, sim.validators.request(op.operationId), vendor, sim));
  }
}

function fail(res: Response, req: Request, error: MockError, options: AppOptions): void {
  const dialect = options.dialects.find((d) => d.prefixes.some((prefix) => req.path.startsWith(prefix)));
  if (!dialect) {
    writeReply(res, { status: error.kind === 'route_not_found' ? 404 : 400, body: { error: error.kind, message: error.message } });
    return;
  }
  const { sim } = options;
  const vendor = vendorSim(sim, dialect.vendor);
  const ctx = {
    op: undefined,
    state: vendor.views.current(sim.clock.now()),
    headers: req.headers,
    url: req.originalUrl,
    rng: sim.rng,
    settings: vendor.settings,
  };
  writeReply(res, dialect.renderError(error, ctx), dialect.commonHeaders?.(ctx));
}
