import { spawn, type ChildProcess } from 'node:child_process';
import { freePortNumber } from '../runtime/free-port';
import { measureInterleaved } from './measure-interleaved';

/** A server in its own process (as the benchmark's are), so its CPU time is its own. */
function startServer(port: number): Promise<ChildProcess> {
  const code = `require('node:http').createServer((q, s) => s.end('{"ok":true}')).listen(${port}, '127.0.0.1', () => console.log('up'))`;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve) => child.stdout?.once('data', () => resolve(child)));
}

describe('measureInterleaved', () => {
  it('loads each target in rounds and reports requests, latency and the server CPU per request', async () => {
    const port = await freePortNumber();
    const server = await startServer(port);
    try {
      const results = measureInterleaved(
        { plain: { url: `http://127.0.0.1:${port}/`, pid: server.pid }, unpidded: { url: `http://127.0.0.1:${port}/x` } },
        { headers: {}, seconds: 1, connections: 2, rounds: 1, core: 1 },
      );
      expect(results.plain.requests).toBeGreaterThan(0);
      expect(results.plain.rps).toBeGreaterThan(0);
      expect(results.plain.cpuPerRequest).toBeGreaterThan(0);
      expect(Number.isFinite(results.plain.cpuPerRequest)).toBe(true);
      expect(results.unpidded.cpuPerRequest).toBeNaN();
    } finally {
      server.kill();
    }
  }, 30_000);
});
