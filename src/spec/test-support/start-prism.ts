import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../package-root';
import { freePortNumber } from '../../runtime/free-port';

export interface PrismServer {
  readonly baseUrl: string;
  readonly logFile: string;
  stop(): Promise<void>;
}

/**
 * Starts `prism mock <spec>` as users run it (default logging, output to a file) on a free
 * port and resolves once it answers HTTP. Any HTTP answer counts: Prism is up.
 */
export async function startPrism(specFile: string, logDir: string, timeoutMs = 60_000): Promise<PrismServer> {
  const port = await freePortNumber();
  const logFile = path.join(logDir, `prism-${path.basename(specFile, '.yaml')}.log`);
  const log = fs.openSync(logFile, 'w');
  const bin = path.join(packageRoot(), 'node_modules', '.bin', 'prism');
  const child = spawn(bin, ['mock', specFile, '-p', String(port), '-h', '127.0.0.1'], {
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = () => stopChild(child);
  try {
    await waitUntilAnswering(baseUrl, child, timeoutMs);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${fs.readFileSync(logFile, 'utf8').slice(-2000)}`);
  }
  return { baseUrl, logFile, stop };
}

async function waitUntilAnswering(baseUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`prism exited with code ${child.exitCode}`);
    try {
      await fetch(`${baseUrl}/`, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`prism did not answer within ${timeoutMs} ms`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });
}
