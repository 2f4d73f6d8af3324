import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dialects } from '../../mocks';
import { runLoad, type LoadResult } from '../bench/load';
import { spawnPinned, waitForHttp, type Pinned } from '../bench/processes';
import { writePrismSpec } from '../bench/prism-copy';
import { runScaleBench } from '../bench/scale';
import { freePortNumber } from '../bench/free-port';
import { packageRoot } from '../package-root';
import { createValidators } from '../validation/create-validators';
import { parseOptions, selectVendors, toInteger } from './parse-options';

const SERVER_CORE = 0;
const LOAD_CORE = 1;

/**
 * `taskmock bench [--api KEYS] [--seconds N] [--connections N] [--scale N]`: for each vendor's
 * default list request (decisions.md), measures in one run taskmock, an Express 5 route
 * answering the same bytes precomputed, bare node:http answering them, and `prism mock` on a
 * spec copy whose example is that response; then a filtered page over a large CBR data set.
 * Servers run on core 0, autocannon on core 1. Compare the ratios, not absolute numbers.
 */
export async function runBenchCommand(args: string[]): Promise<number> {
  const { values } = parseOptions(args, {
    api: { type: 'string' },
    seconds: { type: 'string' },
    connections: { type: 'string' },
    scale: { type: 'string' },
  });
  const seconds = toInteger('seconds', values.seconds, 8, 1);
  const connections = toInteger('connections', values.connections, 10, 1);
  const scale = toInteger('scale', values.scale, 1_000_000, 0);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'taskmock-bench-'));
  const root = packageRoot();
  const cli = path.join(root, 'bin', 'taskmock.js');
  console.log(`taskmock bench: Node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} x${os.cpus().length}; logs in ${work}`);
  const validators = createValidators();
  const port = await freePortNumber();
  const base = `http://127.0.0.1:${port}`;
  const mock = spawnPinned(SERVER_CORE, process.execPath, [cli, 'serve', '--port', String(port), '--clock-rate', '0'], path.join(work, 'taskmock.log'));
  const rows: string[] = [];
  try {
    await waitForHttp(`${base}/__admin/clock`, mock, path.join(work, 'taskmock.log'));
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
      const load = (url: string) => measure(url, headers, seconds, connections);
      const taskmock = load(`${base}${op.defaultRequest}`);
      const express = await withFixed('express', op.path, op.defaultRequest, first.status, contentType, bodyFile, work, load);
      const bare = await withFixed('http', op.path, op.defaultRequest, first.status, contentType, bodyFile, work, load);
      const spec = writePrismSpec(path.join(root, 'specs', `${dialect.vendor}.yaml`), op.operationId, first.status, JSON.parse(bytes.toString()), work);
      const prism = await withPrism(spec, op.defaultRequest, work, dialect.vendor, load);
      rows.push(formatRow(dialect.vendor, bytes.length, { taskmock, express, bare, prism }));
    }
  } finally {
    await mock.stop();
  }
  console.log(`\nvendor       body    taskmock req/s p50/p99 ms | express   | node:http | prism     | vs express  vs prism`);
  for (const row of rows) console.log(row);
  if (scale > 0) await runScaleBench({ cli, work, count: scale, seconds, serverCore: SERVER_CORE, loadCore: LOAD_CORE });
  return 0;
}

function measure(url: string, headers: Record<string, string>, seconds: number, connections: number): LoadResult {
  runLoad({ url, headers, seconds: 2, connections, core: LOAD_CORE });
  const result = runLoad({ url, headers, seconds, connections, core: LOAD_CORE });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors under load`);
  return result;
}

async function withFixed(kind: string, template: string, request: string, status: number, type: string, bodyFile: string, work: string, load: (url: string) => LoadResult): Promise<LoadResult> {
  const port = await freePortNumber();
  const routePath = request.split('?')[0] ?? template;
  const log = path.join(work, `${kind}-${port}.log`);
  const script = path.join(packageRoot(), 'dist', 'src', 'bench', 'fixed-server.js');
  const server = spawnPinned(SERVER_CORE, process.execPath, [script, kind, String(port), routePath, String(status), type, bodyFile], log);
  return runAgainst(server, `http://127.0.0.1:${port}`, request, log, load);
}

async function withPrism(spec: string, request: string, work: string, vendor: string, load: (url: string) => LoadResult): Promise<LoadResult> {
  const port = await freePortNumber();
  const log = path.join(work, `prism-${vendor}.log`);
  const bin = path.join(packageRoot(), 'node_modules', '.bin', 'prism');
  const server = spawnPinned(SERVER_CORE, bin, ['mock', spec, '-p', String(port), '-h', '127.0.0.1'], log);
  return runAgainst(server, `http://127.0.0.1:${port}`, request, log, load);
}

async function runAgainst(server: Pinned, base: string, request: string, log: string, load: (url: string) => LoadResult): Promise<LoadResult> {
  try {
    await waitForHttp(`${base}/`, server, log);
    return load(`${base}${request}`);
  } finally {
    await server.stop();
  }
}

function formatRow(vendor: string, bytes: number, r: Record<'taskmock' | 'express' | 'bare' | 'prism', LoadResult>): string {
  const cell = (x: LoadResult) => `${Math.round(x.rps).toString().padStart(6)} ${x.p50}/${x.p99}`.padEnd(20);
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`.padStart(9);
  return `${vendor.padEnd(12)} ${String(bytes).padStart(6)}B ${cell(r.taskmock)} | ${cell(r.express)} | ${cell(r.bare)} | ${cell(r.prism)} | ${ratio(r.taskmock.rps, r.express.rps)} ${ratio(r.taskmock.rps, r.prism.rps)}`;
}
