import path from 'node:path';
import { packageRoot } from '../package-root';
import { spawnLogged, waitForHttp, type Spawned } from '../process/spawn-logged';
import { freePortNumber } from '../runtime/free-port';

export interface PrismServer {
  readonly baseUrl: string;
  readonly logFile: string;
  readonly process: Spawned;
  stop(): Promise<void>;
}

/**
 * Starts `prism mock <spec>` (the pinned @stoplight/prism-cli) as users run it: default
 * logging, output to a file in `logDir`, on a free loopback port; resolves once it answers HTTP
 * (any answer: Prism is up). `core` pins it to one core, for the benchmark.
 */
export async function startPrism(specFile: string, logDir: string, options: { core?: number; timeoutMs?: number } = {}): Promise<PrismServer> {
  const port = await freePortNumber();
  const logFile = path.join(logDir, `prism-${path.basename(specFile, '.yaml')}.log`);
  const bin = path.join(packageRoot(), 'node_modules', '.bin', 'prism');
  const spawned = spawnLogged(bin, ['mock', specFile, '-p', String(port), '-h', '127.0.0.1'], logFile, options.core);
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${baseUrl}/`, spawned, logFile, options.timeoutMs ?? 60_000);
  } catch (error) {
    await spawned.stop();
    throw error;
  }
  return { baseUrl, logFile, process: spawned, stop: () => spawned.stop() };
}
