import { runLoad, type LoadResult } from './load';
import { processCpuMicros } from './process-cpu';

export interface BenchTarget {
  readonly url: string;
  /** The server's process, for its CPU time; without it `cpuPerRequest` is NaN. */
  readonly pid?: number;
  /** Headers of this target's own (a session made on its own server); default the shared ones. */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface Measured extends LoadResult {
  /** µs of the server's CPU time (all its threads) per request answered, median of the rounds. */
  readonly cpuPerRequest: number;
}

export interface MeasureOptions {
  readonly headers: Readonly<Record<string, string>>;
  readonly seconds: number;
  readonly connections: number;
  readonly rounds: number;
  /** The core the load generator is pinned to. */
  readonly core: number;
}

/**
 * The machine is noisy, so targets are measured in turns (each once, in the order given, then
 * again) and each reports the median of its rounds: a burst of noise hits one round of
 * every target rather than all rounds of one. Each round also reads the server's CPU time, so
 * its cost per request can be compared where requests per second are disturbed by other work.
 */
export function measureInterleaved<T extends string>(targets: Readonly<Record<T, BenchTarget>>, options: MeasureOptions): Record<T, Measured> {
  const names = Object.keys(targets) as T[];
  const runs = new Map<T, Measured[]>(names.map((t) => [t, []]));
  const load = (target: BenchTarget, seconds: number) =>
    runLoad({ url: target.url, headers: target.headers ?? options.headers, seconds, connections: options.connections, core: options.core });
  for (const name of names) load(targets[name], 2);
  for (let round = 0; round < options.rounds; round += 1) {
    for (const name of names) {
      const { url, pid } = targets[name];
      const before = processCpuMicros(pid);
      const result = load(targets[name], options.seconds);
      const cpu = processCpuMicros(pid) - before;
      if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors under load`);
      runs.get(name)?.push({ ...result, cpuPerRequest: cpu / result.requests });
    }
  }
  return Object.fromEntries(names.map((t) => [t, median(runs.get(t) ?? [])])) as Record<T, Measured>;
}

function median(results: readonly Measured[]): Measured {
  const mid = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
  return {
    requests: mid(results.map((r) => r.requests)),
    rps: mid(results.map((r) => r.rps)),
    p50: mid(results.map((r) => r.p50)),
    p99: mid(results.map((r) => r.p99)),
    cpuPerRequest: mid(results.map((r) => r.cpuPerRequest)),
    errors: 0,
    non2xx: 0,
  };
}
