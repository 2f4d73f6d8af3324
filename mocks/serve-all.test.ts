import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { readDataManifest } from '../src/fixtures/data-manifest';
import { packageRoot } from '../src/package-root';
import { createClock } from '../src/runtime/clock';
import { createRng } from '../src/runtime/rng';
import { createSimState } from '../src/state/sim-state';
import { startServers, type Running } from '../src/server/start-servers';
import { assertMatchesSpec } from '../src/testing/checked-client';
import { testValidators } from '../src/testing/create-test-app';
import { dialects } from './index';

/**
 * The smoke test of `taskmock serve`: all five APIs from one listening process on the embedded
 * data, each answering decisions.md's default list request (from its spec) with a body valid
 * against its spec; and the same with one API moved to a port of its own.
 */
const validators = testValidators();
const dataDir = path.join(packageRoot(), 'fixtures');
const defaults = [...validators.operations.values()].filter((op) => op.defaultRequest);

async function serve(ports: Record<string, number>): Promise<Running> {
  const now = readDataManifest(dataDir).now;
  const clock = createClock({ start: now });
  const sim = createSimState({ dialects, validators, dataSet: { dir: dataDir, now, seed: 1 }, clock, rng: createRng(1) });
  return startServers({ host: '127.0.0.1', port: 0, ports }, { dialects, sim });
}

async function getChecked(baseUrl: string, vendor: string, operationId: string, url: string) {
  const dialect = dialects.find((d) => d.vendor === vendor);
  const res = await fetch(`${baseUrl}${url}`, { headers: await (dialect?.demoHeaders(baseUrl) ?? {}) });
  const text = await res.text();
  const checked = { status: res.status, headers: Object.fromEntries(res.headers), body: JSON.parse(text) as unknown, text };
  assertMatchesSpec(validators, operationId, checked);
  return checked;
}

describe('taskmock serve (all five APIs, one process)', () => {
  let running: Running;
  beforeAll(async () => {
    running = await serve({});
  });
  afterAll(() => running.close());

  it('serves every vendor from the same origin', () => {
    expect(running.apis.map((a) => a.dialect.vendor).sort()).toEqual(['astra', 'cbr', 'snapservice', 'velostrata', 'vsphere']);
    expect(new Set(running.apis.map((a) => a.baseUrl)).size).toBe(1);
  });

  it.each(defaults.map((op) => [op.vendor, op] as const))('%s answers its default list request', async (vendor, op) => {
    const base = running.apis.find((a) => a.dialect.vendor === vendor)?.baseUrl ?? '';
    const res = await getChecked(base, vendor, op.operationId, op.defaultRequest ?? '');
    expect(res.status).toBe(200);
  });

  it('answers a path no API owns with JSON, not an HTML page', async () => {
    const res = await fetch(`${running.apis[0]?.baseUrl}/nothing/here`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ error: 'route_not_found', message: 'no API route GET /nothing/here' });
  });
});

describe('taskmock serve with one API on its own port', () => {
  it('moves astra to its own origin and keeps the others together', async () => {
    const running = await serve({ astra: 0 });
    try {
      const astra = running.apis.find((a) => a.dialect.vendor === 'astra');
      const others = running.apis.filter((a) => a.dialect.vendor !== 'astra');
      expect(new Set(others.map((a) => a.baseUrl)).size).toBe(1);
      expect(astra?.baseUrl).not.toBe(others[0]?.baseUrl);
      const op = defaults.find((o) => o.vendor === 'astra');
      await getChecked(astra?.baseUrl ?? '', 'astra', op?.operationId ?? '', op?.defaultRequest ?? '');
      const elsewhere = await fetch(`${others[0]?.baseUrl}${op?.defaultRequest}`);
      expect(elsewhere.status).toBe(404);
    } finally {
      await running.close();
    }
  });
});

describe('the taskmock command (built CLI)', () => {
  beforeAll(() => {
    // The bin runs dist/: build it from the current sources first (incremental, quick).
    const build = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
      cwd: packageRoot(),
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`build failed: ${build.stdout}${build.stderr}`);
  }, 120_000);

  it('serves on the port asked for with only the runtime dependencies, prints one line per API, and stops cleanly on SIGTERM', async () => {
    await withCli(['serve', '--port', '0'], async (out, base) => {
      for (const vendor of ['vsphere', 'velostrata', 'snapservice', 'astra', 'cbr']) {
        expect(out).toMatch(new RegExp(`^  ${vendor} +.*http://127\\.0\\.0\\.1:\\d+`, 'm'));
      }
      const op = defaults.find((o) => o.vendor === 'velostrata');
      await getChecked(base, 'velostrata', op?.operationId ?? '', op?.defaultRequest ?? '');
    });
  }, 90_000);

  it('serves only the API named by --api', async () => {
    await withCli(['serve', '--api', 'cbr', '--port', '0'], async (out, base) => {
      expect(out).toMatch(/^ {2}cbr +/m);
      expect(out).not.toMatch(/^ {2}(vsphere|velostrata|snapservice|astra) +/m);
      const op = defaults.find((o) => o.vendor === 'cbr');
      await getChecked(base, 'cbr', op?.operationId ?? '', op?.defaultRequest ?? '');
      const other = defaults.find((o) => o.vendor === 'velostrata');
      expect((await fetch(`${base}${other?.defaultRequest ?? ''}`)).status).toBe(404);
    });
  }, 90_000);
});

/**
 * Runs the built CLI with only the runtime dependencies until it prints its admin line, hands
 * its output and base URL to `use`, then stops it with SIGTERM and expects a clean exit.
 */
async function withCli(args: readonly string[], use: (out: string, base: string) => Promise<void>): Promise<void> {
  const child = spawnWithoutDevDependencies(args);
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    await waitFor(() => {
      if (child.exitCode !== null) throw new Error(`taskmock exited with ${child.exitCode}: ${err}`);
      return out.includes('admin');
    }, 60_000);
    await use(out, /(http:\/\/127\.0\.0\.1:\d+)\/__admin\/health/.exec(out)?.[1] ?? '');
  } finally {
    child.kill('SIGTERM');
  }
  expect(await exited).toBe(0);
  expect(out).toContain('taskmock: stopped');
}

/**
 * `node bin/taskmock.js ARGS` as the Docker image runs it after `npm prune --omit=dev`: a
 * devDependency the command loads fails to resolve, exactly as it would there.
 */
function spawnWithoutDevDependencies(args: readonly string[]) {
  const manifest = JSON.parse(fs.readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  const guard = `
    const Module = require('node:module');
    const dev = new Set(${JSON.stringify(Object.keys(manifest.devDependencies))});
    const resolve = Module._resolveFilename;
    Module._resolveFilename = function (request, ...rest) {
      const name = request.split('/').slice(0, request.startsWith('@') ? 2 : 1).join('/');
      if (dev.has(name)) throw Object.assign(new Error('Cannot find module ' + request + ' (a devDependency)'), { code: 'MODULE_NOT_FOUND' });
      return resolve.call(this, request, ...rest);
    };
    process.argv.splice(1, 0, require.resolve('./bin/taskmock.js'));
    require('./bin/taskmock.js');`;
  return spawn(process.execPath, ['-e', guard, ...args], { cwd: packageRoot() });
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
