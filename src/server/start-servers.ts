import type { Server } from 'node:http';
import type { AnyDialect } from '../dialect';
import type { SimState } from '../state/sim-state';
import { createApp } from './create-app';
import { createAppServer } from './create-app-server';

export interface ListenPlan {
  readonly host: string;
  /** The shared port: every API without a port of its own. */
  readonly port: number;
  /** Vendor key → its own port, for clients that want a host root per service. */
  readonly ports: Readonly<Record<string, number>>;
}

export interface Running {
  readonly apis: ReadonlyArray<{ readonly dialect: AnyDialect; readonly baseUrl: string }>;
  close(): Promise<void>;
}

export interface ServeDeps {
  readonly dialects: readonly AnyDialect[];
  /** The one state every listener shares: a fault armed on one port is seen on all. */
  readonly sim: SimState;
}

/** Listens: one app on the shared port for most APIs, one more per API given its own port. */
export async function startServers(plan: ListenPlan, deps: ServeDeps): Promise<Running> {
  // Grouped by who shares a listener, not by port number: port 0 ("any free port") given to
  // one API must not merge it with the shared group.
  const groups = new Map<string, { port: number; dialects: AnyDialect[] }>();
  for (const dialect of deps.dialects) {
    const own = plan.ports[dialect.vendor];
    const key = own === undefined ? 'shared' : `own:${dialect.vendor}`;
    const group = groups.get(key) ?? { port: own ?? plan.port, dialects: [] };
    group.dialects.push(dialect);
    groups.set(key, group);
  }
  const servers: Server[] = [];
  const apis: Array<{ dialect: AnyDialect; baseUrl: string }> = [];
  try {
    for (const { port, dialects } of groups.values()) {
      const app = createApp({ sim: deps.sim, dialects });
      const server = await listen(app, port, plan.host);
      servers.push(server);
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      for (const dialect of dialects) apis.push({ dialect, baseUrl: `http://${plan.host}:${actual}` });
    }
  } catch (error) {
    await Promise.all(servers.map(closeServer));
    throw error;
  }
  return { apis, close: () => Promise.all(servers.map(closeServer)).then(() => undefined) };
}

function listen(app: ReturnType<typeof createApp>, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createAppServer(app).listen(port, host);
    server.once('listening', () => resolve(server));
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(new Error(error.code === 'EADDRINUSE' ? `port ${port} on ${host} is already in use (try --port)` : error.message));
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
