import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { packageRoot } from '../package-root';

export interface LoadResult {
  /** Requests answered in the run. */
  readonly requests: number;
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
  readonly non2xx: number;
}

export interface LoadOptions {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly seconds: number;
  readonly connections: number;
  /** The core the load generator is pinned to (the server runs on the other). */
  readonly core: number;
}

/** Runs autocannon in its own process pinned to one core and reads its JSON summary. */
export function runLoad(options: LoadOptions): LoadResult {
  const bin = path.join(packageRoot(), 'node_modules', 'autocannon', 'autocannon.js');
  const headerArgs = Object.entries(options.headers).flatMap(([name, value]) => ['-H', `${name}=${value}`]);
  const args = [
    '-c', String(options.core), process.execPath, bin,
    '-c', String(options.connections), '-d', String(options.seconds), '-j', ...headerArgs, options.url,
  ];
  const run = spawnSync('taskset', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`autocannon failed: ${run.stderr.slice(-500)}`);
  const result = JSON.parse(run.stdout) as {
    requests: { average: number; total: number };
    latency: { p50: number; p99: number };
    errors: number;
    non2xx: number;
  };
  return { requests: result.requests.total, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors, non2xx: result.non2xx };
}
