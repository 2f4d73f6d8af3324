import fs from 'node:fs';
import path from 'node:path';
import { dialects } from '../../mocks';
import type { VendorSettings } from '../dialect';
import { readDataManifest } from '../fixtures/data-manifest';
import { packageRoot } from '../package-root';
import { createClock } from '../runtime/clock';
import { createRng } from '../runtime/rng';
import { createSimState } from '../state/sim-state';
import { openStateFile } from '../state/state-file';
import type { Clock } from '../runtime/clock';
import { startServers } from '../server/start-servers';
import { defaultSpecDir, loadSpecs } from '../spec/load-specs';
import { createValidators } from '../validation/create-validators';
import { parseOptions, selectVendors, toInteger } from './parse-options';

export const SERVE_OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  api: { type: 'string' },
  'api-port': { type: 'string', multiple: true },
  data: { type: 'string' },
  seed: { type: 'string' },
  now: { type: 'string' },
  'clock-rate': { type: 'string' },
  config: { type: 'string' },
  arrivals: { type: 'string' },
  'state-file': { type: 'string' },
} as const;

/** Wall-clock ms between two looks at the arrivals due. */
const ARRIVAL_TICK_MS = 250;

/** `taskmock serve`: loads the data, validates it, serves the APIs until SIGINT/SIGTERM. */
export async function runServeCommand(args: string[]): Promise<number> {
  const { values } = parseOptions(args, SERVE_OPTIONS);
  const dataDir = path.resolve(values.data ?? path.join(packageRoot(), 'fixtures'));
  const manifest = readDataManifest(dataDir);
  const start = values.now === undefined ? manifest.now : Date.parse(values.now);
  if (Number.isNaN(start)) throw new Error(`--now must be an ISO date-time, got '${values.now}'`);
  const rate = values['clock-rate'] === undefined ? 1 : Number(values['clock-rate']);
  if (!Number.isFinite(rate) || rate < 0) throw new Error(`--clock-rate must be a number >= 0`);
  const selected = selectVendors(dialects, values.api);
  const settings = readSettings(values.config);
  const clock = createClock({ start, rate });
  const seed = toInteger('seed', values.seed, 1);
  const rng = createRng(seed);
  // Only the served APIs' specs are read and compiled: `--api cbr` starts almost a second sooner.
  const validators = createValidators(loadSpecs(defaultSpecDir(), selected.map((d) => d.vendor)));
  const arrivalsPerHour = parseArrivals(values.arrivals, selected.map((d) => d.vendor));
  const sim = createSimState({ dialects: selected, validators, dataSet: { dir: dataDir, now: manifest.now, seed }, clock, rng, settings, arrivalsPerHour });
  const stateFile = values['state-file'] === undefined ? undefined : path.resolve(values['state-file']);
  if (stateFile !== undefined) {
    const { log, report } = await openStateFile(stateFile, sim);
    sim.writer.attach(log);
    if (report.droppedTornEntry) console.warn(`taskmock: ${report.droppedTornEntry}`);
    // The simulation went on while the server was down: the clock continues where the file left it.
    if (report.clock && values.now === undefined) applyClock(sim.clock, report.clock.now, values['clock-rate'] === undefined ? report.clock.rate : rate);
    console.log(`taskmock: state file ${stateFile}: ${report.replayed} change(s) replayed`);
  }
  sim.arrivals.reset(sim.clock.now());
  const arrivalTimer = setInterval(() => {
    sim.arrivals.tick().catch((error: unknown) => console.warn(`taskmock: an arrival was refused: ${(error as Error).message}`));
  }, ARRIVAL_TICK_MS);
  arrivalTimer.unref();
  const plan = {
    host: values.host ?? '127.0.0.1',
    port: toInteger('port', values.port, 4010),
    ports: parsePorts(values['api-port'] ?? [], selected.map((d) => d.vendor)),
  };
  const running = await startServers(plan, { dialects: selected, sim });
  console.log(`taskmock: ${selected.length} API(s), data ${dataDir}, clock ${new Date(start).toISOString()} x${rate}`);
  for (const { dialect, baseUrl } of running.apis) console.log(`  ${dialect.vendor.padEnd(12)} ${dialect.describe(baseUrl)}`);
  console.log(`  admin        ${running.apis[0]?.baseUrl ?? ''}/__admin/health (clock, tasks, reset, state, requests, faults)`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  clearInterval(arrivalTimer);
  await running.close();
  await sim.writer.idle();
  await sim.writer.close();
  console.log('taskmock: stopped');
  return 0;
}

/** `--arrivals 60` (every API) or `--arrivals cbr=600,astra=0`: new tasks per simulated hour. */
function parseArrivals(value: string | undefined, known: readonly string[]): Record<string, number> | undefined {
  if (value === undefined) return undefined;
  const rate = (text: string | undefined, what: string) => {
    const n = Number(text);
    if (text === undefined || text.trim() === '' || !Number.isFinite(n) || n < 0) throw new Error(`--arrivals ${what}: expected a number >= 0 of tasks per simulated hour`);
    return n;
  };
  if (!value.includes('=')) return Object.fromEntries(known.map((key) => [key, rate(value, value)]));
  const out: Record<string, number> = {};
  for (const entry of value.split(',')) {
    const [key, n] = entry.split('=');
    if (!key || !known.includes(key)) throw new Error(`--arrivals ${entry}: expected KEY=N with KEY one of ${known.join(', ')}`);
    out[key] = rate(n, entry);
  }
  return out;
}

function applyClock(clock: Clock, now: number, rate: number): void {
  clock.set(now);
  if (clock.rate !== rate) clock.setRate(rate);
}

function parsePorts(entries: readonly string[], known: readonly string[]): Record<string, number> {
  const ports: Record<string, number> = {};
  for (const entry of entries) {
    const [key, value] = entry.split('=');
    if (!key || !known.includes(key)) throw new Error(`--api-port ${entry}: expected KEY=PORT with KEY one of ${known.join(', ')}`);
    ports[key] = toInteger('api-port', value, 0, 1);
  }
  return ports;
}

function readSettings(file: string | undefined): Record<string, VendorSettings> {
  if (file === undefined) return {};
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { settings?: Record<string, VendorSettings> };
  return data.settings ?? {};
}
