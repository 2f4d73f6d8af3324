import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { runLoad } from './load';
import { freePortNumber } from '../runtime/free-port';
import { memoryOf, spawnLogged, waitForHttp } from '../process/spawn-logged';

export interface ScaleOptions {
  readonly cli: string;
  readonly work: string;
  readonly count: number;
  readonly seconds: number;
  readonly serverCore: number;
  readonly loadCore: number;
}

const PROJECT = '04f1829c788037ac2fb8c01eb2b04b95';
const TOKEN = { 'x-auth-token': 'taskmock-cbr-token' };
/** Filtered and paged: two enum filters, a resource-name filter, a page deep in the result. */
const QUERIES = [
  `/v3/${PROJECT}/operation-logs?operation_type=backup&status=failed&limit=20&offset=40`,
  `/v3/${PROJECT}/operation-logs?status=success&start_time=2021-08-01T00:00:00Z&limit=50&offset=1000`,
];

/** Admin changes, each followed at once by a filtered page that must show it. */
const CHANGES = 200;

/**
 * A task created through the admin API is visible to the very next request, and that request
 * (the first over the changed store, so it builds the new view) still answers fast: creates a
 * backup task, then times the filtered page whose `count` must have grown by one; p50 and p99
 * over CHANGES changes.
 */
async function changesThenReads(base: string): Promise<void> {
  const page = `${base}/v3/${PROJECT}/operation-logs?operation_type=backup&limit=20&offset=40`;
  const countOf = async () => ((await (await fetch(page, { headers: TOKEN })).json()) as { count: number }).count;
  let count = await countOf();
  const times: number[] = [];
  const writes: number[] = [];
  for (let i = 0; i < CHANGES; i += 1) {
    const written = performance.now();
    const created = await fetch(`${base}/__admin/cbr/tasks`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ task: { operation_type: 'backup' } }) });
    if (created.status !== 201) throw new Error(`admin create answered ${created.status}: ${await created.text()}`);
    const started = performance.now();
    writes.push(started - written);
    const res = await fetch(page, { headers: TOKEN });
    const body = (await res.json()) as { count: number };
    times.push(performance.now() - started);
    if (body.count !== count + 1) throw new Error(`change ${i} not visible to the next request: count ${body.count}, expected ${count + 1}`);
    count = body.count;
  }
  const pct = (values: number[], p: number) => values.sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]?.toFixed(1);
  console.log(`scale: after each of ${CHANGES} admin creates (acknowledged p50 ${pct(writes, 0.5)} ms), the next filtered page: p50 ${pct(times, 0.5)} ms, p99 ${pct(times, 0.99)} ms, every change visible`);
}

/**
 * Generates `count` CBR operation logs, serves them (`--data`), and reports load time, memory
 * and the latency of filtered, paged queries over the whole set (one connection: latency, not
 * throughput).
 */
export async function runScaleBench(options: ScaleOptions): Promise<void> {
  const dataDir = path.join(options.work, 'scale');
  const generateStart = Date.now();
  const gen = spawnSync(process.execPath, [options.cli, 'fixtures', '--api', 'cbr', '--count', String(options.count), '--out', dataDir], { encoding: 'utf8' });
  if (gen.status !== 0) throw new Error(`fixtures failed: ${gen.stderr.slice(-500)}`);
  console.log(`\nscale: generated ${options.count} CBR operation logs in ${((Date.now() - generateStart) / 1000).toFixed(1)} s`);
  const port = await freePortNumber();
  const log = path.join(options.work, 'scale-serve.log');
  const args = [options.cli, 'serve', '--api', 'cbr', '--data', dataDir, '--port', String(port), '--clock-rate', '0'];
  const server = spawnLogged(process.execPath, args, log, options.serverCore);
  try {
    const loadMs = await waitForHttp(`http://127.0.0.1:${port}/__admin/health`, server, log, 300_000);
    const memory = memoryOf(server.child.pid);
    console.log(`scale: loaded and validated in ${(loadMs / 1000).toFixed(1)} s; RSS ${memory.rssMiB.toFixed(0)} MiB (peak ${memory.peakMiB.toFixed(0)} MiB)`);
    for (const query of QUERIES) {
      const result = runLoad({ url: `http://127.0.0.1:${port}${query}`, headers: TOKEN, seconds: options.seconds, connections: 1, core: options.loadCore });
      if (result.non2xx > 0) throw new Error(`${query}: ${result.non2xx} non-2xx answers`);
      console.log(`scale: p50 ${result.p50} ms, p99 ${result.p99} ms, ${Math.round(result.rps)} req/s  GET ${query}`);
    }
    await changesThenReads(`http://127.0.0.1:${port}`);
    const after = memoryOf(server.child.pid);
    console.log(`scale: RSS after queries ${after.rssMiB.toFixed(0)} MiB (peak ${after.peakMiB.toFixed(0)} MiB)`);
  } finally {
    await server.stop();
  }
}
