import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';

export interface Pinned {
  readonly child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts a command pinned to one core (taskset), its output to a log file, as users would run it. */
export function spawnPinned(core: number, command: string, args: readonly string[], logFile: string): Pinned {
  const log = fs.openSync(logFile, 'w');
  const child = spawn('taskset', ['-c', String(core), command, ...args], { stdio: ['ignore', log, log] });
  fs.closeSync(log);
  return {
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}

/** Waits until `url` answers HTTP at all (any status), or fails naming the log to read. */
export async function waitForHttp(url: string, pinned: Pinned, logFile: string, timeoutMs = 120_000): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (pinned.child.exitCode !== null) throw new Error(`process exited (${pinned.child.exitCode}); see ${logFile}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(2000) });
      return Date.now() - started;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms; see ${logFile}`);
}

/** Resident and peak memory of a process, in MiB, from /proc (Linux). */
export function memoryOf(pid: number | undefined): { rssMiB: number; peakMiB: number } {
  if (pid === undefined) return { rssMiB: NaN, peakMiB: NaN };
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { rssMiB: kib('VmRSS') / 1024, peakMiB: kib('VmHWM') / 1024 };
}
