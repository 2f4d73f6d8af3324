import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dialects } from '../../mocks';
import { measureInterleaved, type BenchTarget, type Measured } from '../bench/measure-interleaved';
import { startPrism } from '../prism/start-prism';
import { spawnLogged, waitForHttp } from '../process/spawn-logged';
import { writePrismSpec } from '../bench/prism-copy';
import { runScaleBench } from '../bench/scale';
import { freePortNumber } from '../runtime/free-port';
import { packageRoot } from '../package-root';
import { createValidators } from '../validation/create-validators';
import { parseOptions, selectVendors, toInteger } from './parse-options';

const HEADER =
  'vendor       body    taskmock req/s p50/p99 ms | express             | express served*     | node:http           | prism               |' +
  ' vs express vs served*  vs prism | CPU µs/req taskmock  express  served* vs express vs served* |' +
  ' live** req/s p50/p99 vs express  CPU µs/req';
const FOOTNOTE =
  '* express served: the same precomputed Express route in a server made as taskmock makes its own (createAppServer:\n' +
  "  requests and responses created with the app's prototypes), the floor taskmock's own per-request work adds to\n" +
  '** live: a second taskmock with the clock running (rate 1), tasks arriving at each API\'s default rate, and one admin\n' +
  '  change a second to the vendor measured (a task created, then changed: its view is rebuilt under load)';
const SERVER_CORE = 0;
const LOAD_CORE = 1;

/**
 * `taskmock bench [--api KEYS] [--seconds N] [--connections N] [--scale N]`: for each vendor's
 * default list request (decisions.md), measures in one run taskmock, an Express 5 route
 * answering the same bytes precomputed (as `app.listen` serves it, and as taskmock's own server
 * serves an app), bare node:http answering them, and `prism mock` on a spec copy whose example
 * is that response; then a filtered page over a large CBR data set.
 * Servers run on core 0, autocannon on core 1. Compare the ratios, not absolute numbers.
 */
export async function runBenchCommand(args: string[]): Promise<number> {
  const { values } = parseOptions(args, {
    api: { type: 'string' },
    seconds: { type: 'string' },
    connections: { type: 'string' },
    rounds: { type: 'string' },
    scale: { type: 'string' },
  });
  const rounds = toInteger('rounds', values.rounds, 3, 1);
  const seconds = toInteger('seconds', values.seconds, 5, 1);
  const connections = toInteger('connections', values.connections, 10, 1);
  const scale = toInteger('scale', values.scale, 1_000_000, 0);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'taskmock-bench-'));
  const root = packageRoot();
  const cli = path.join(root, 'bin', 'taskmock.js');
  console.log(`taskmock bench: Node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} x${os.cpus().length}; logs in ${work}`);
  const validators = createValidators();
  const port = await freePortNumber();
  const base = `http://127.0.0.1:${port}`;
  const mock = spawnLogged(process.execPath, [cli, 'serve', '--port', String(port), '--clock-rate', '0'], path.join(work, 'taskmock.log'), SERVER_CORE);
  const livePort = await freePortNumber();
  const liveBase = `http://127.0.0.1:${livePort}`;
  const live = spawnLogged(process.execPath, [cli, 'serve', '--port', String(livePort)], path.join(work, 'taskmock-live.log'), SERVER_CORE);
  const rows: string[] = [];
  console.log(HEADER);
  try {
    await waitForHttp(`${base}/__admin/health`, mock, path.join(work, 'taskmock.log'));
    await waitForHttp(`${liveBase}/__admin/health`, live, path.join(work, 'taskmock-live.log'));
    for (const dialect of selectVendors(dialects, values.api)) {
      const op = [...validators.operations.values()].find((o) => o.vendor === dialect.vendor && o.defaultRequest);
      if (!op?.defaultRequest) throw new Error(`${dialect.vendor}: no default request in its spec`);
      const headers = await dialect.demoHeaders(base);
      const first = await fetch(`${base}${op.defaultRequest}`, { headers });
      const bytes = Buffer.from(await first.arrayBuffer());
      const contentType = first.headers.get('content-type') ?? 'application/json';
      if (!first.ok) throw new Error(`${dialect.vendor}: default request answered ${first.status}: ${bytes.toString().slice(0, 300)}`);
      const bodyFile = path.join(work, `${dialect.vendor}.body`);
      fs.writeFileSync(bodyFile, bytes);
      const spec = writePrismSpec(path.join(root, 'specs', `${dialect.vendor}.yaml`), op.operationId, first.status, JSON.parse(bytes.toString()), work);
      const servers = await Promise.all([
        startFixed('express', op.defaultRequest, first.status, contentType, bodyFile, work),
        startFixed('express-served', op.defaultRequest, first.status, contentType, bodyFile, work),
        startFixed('http', op.defaultRequest, first.status, contentType, bodyFile, work),
        startPrism(spec, work, { core: SERVER_CORE }),
      ]);
      const writerScript = path.join(root, 'dist', 'src', 'bench', 'admin-writer.js');
      const writer = spawnLogged(process.execPath, [writerScript, liveBase, dialect.vendor, '1000'], path.join(work, `admin-writer-${dialect.vendor}.log`), LOAD_CORE);
      const liveHeaders = await dialect.demoHeaders(liveBase);
      let results: Record<Target, Measured>;
      try {
        const targets: Record<Target, BenchTarget> = {
          taskmock: { url: `${base}${op.defaultRequest}`, pid: mock.child.pid },
          express: { url: `${servers[0].baseUrl}${op.defaultRequest}`, pid: servers[0].pid },
          served: { url: `${servers[1].baseUrl}${op.defaultRequest}`, pid: servers[1].pid },
          bare: { url: `${servers[2].baseUrl}${op.defaultRequest}`, pid: servers[2].pid },
          prism: { url: `${servers[3].baseUrl}${op.defaultRequest}`, pid: servers[3].process.child.pid },
          live: { url: `${liveBase}${op.defaultRequest}`, pid: live.child.pid, headers: liveHeaders },
        };
        results = measureInterleaved(targets, { headers, seconds, connections, rounds, core: LOAD_CORE });
      } finally {
        await Promise.all([...servers.map((s) => s.stop()), writer.stop()]);
      }
      const row = formatRow(dialect.vendor, bytes.length, results);
      console.log(row);
      rows.push(row);
    }
  } finally {
    await Promise.all([mock.stop(), live.stop()]);
  }
  console.log(`\nsummary (median of ${rounds} interleaved rounds of ${seconds} s, ${connections} connections)\n${HEADER}`);
  for (const row of rows) console.log(row);
  console.log(FOOTNOTE);
  if (scale > 0) await runScaleBench({ cli, work, count: scale, seconds, serverCore: SERVER_CORE, loadCore: LOAD_CORE });
  return 0;
}

type Target = 'taskmock' | 'express' | 'served' | 'bare' | 'prism' | 'live';

interface Started {
  readonly baseUrl: string;
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

async function startFixed(kind: string, request: string, status: number, type: string, bodyFile: string, work: string): Promise<Started> {
  const port = await freePortNumber();
  const log = path.join(work, `${kind}-${port}.log`);
  const script = path.join(packageRoot(), 'dist', 'src', 'bench', 'fixed-server.js');
  const routePath = request.split('?')[0] ?? '/';
  const server = spawnLogged(process.execPath, [script, kind, String(port), routePath, String(status), type, bodyFile], log, SERVER_CORE);
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${baseUrl}/`, server, log);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { baseUrl, pid: server.child.pid, stop: () => server.stop() };
}

/**
 * Requests per second and their ratios, then the server CPU time per request of taskmock and of
 * both precomputed Express routes and their ratios (Express's cost over taskmock's, so above 1
 * is cheaper, like the throughput ratios): the steadier figure on a busy machine.
 */
function formatRow(vendor: string, bytes: number, r: Record<Target, Measured>): string {
  const cell = (x: Measured) => `${Math.round(x.rps).toString().padStart(6)} ${x.p50}/${x.p99}`.padEnd(20);
  const ratio = (a: number, b: number, width: number) => `${(a / b).toFixed(2)}x`.padStart(width);
  const cpu = (x: Measured, width: number) => Math.round(x.cpuPerRequest).toString().padStart(width);
  return (
    `${vendor.padEnd(12)} ${String(bytes).padStart(6)}B ${cell(r.taskmock)} | ${cell(r.express)} | ${cell(r.served)} | ${cell(r.bare)} | ${cell(r.prism)} |` +
    `${ratio(r.taskmock.rps, r.express.rps, 11)}${ratio(r.taskmock.rps, r.served.rps, 10)}${ratio(r.taskmock.rps, r.prism.rps, 10)} |` +
    `${cpu(r.taskmock, 19)}${cpu(r.express, 9)}${cpu(r.served, 9)}` +
    `${ratio(r.express.cpuPerRequest, r.taskmock.cpuPerRequest, 11)}${ratio(r.served.cpuPerRequest, r.taskmock.cpuPerRequest, 11)} |` +
    ` ${cell(r.live)}${ratio(r.live.rps, r.express.rps, 8)}${cpu(r.live, 12)}`
  );
}
