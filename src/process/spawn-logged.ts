import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';

export interface Spawned {
  readonly child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts a command with its output to a log file, as users would run it; with `core`, pinned to
 * that core (taskset), so a benchmark's server and load generator do not share one.
 */
export function spawnLogged(command: string, args: readonly string[], logFile: string, core?: number): Spawned {
  const log = fs.openSync(logFile, 'w');
  const [file, argv] = core === undefined ? [command, args] : ['taskset', ['-c', String(core), command, ...args]];
  const child = spawn(file, argv, { stdio: ['ignore', log, log] });
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

/** Waits until `url` answers HTTP at all (any status), or fails with the end of the log. */
export async function waitForHttp(url: string, spawned: Spawned, logFile: string, timeoutMs = 120_000): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (spawned.child.exitCode !== null) throw new Error(`process exited (${spawned.child.exitCode})${logTail(logFile)}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(2000) });
      return Date.now() - started;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms${logTail(logFile)}`);
}

function logTail(logFile: string): string {
  return `; ${logFile} ends:\n${fs.readFileSync(logFile, 'utf8').slice(-2000)}`;
}

/** Resident and peak memory of a process, in MiB, from /proc (Linux). */
export function memoryOf(pid: number | undefined): { rssMiB: number; peakMiB: number } {
  if (pid === undefined) return { rssMiB: NaN, peakMiB: NaN };
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { rssMiB: kib('VmRSS') / 1024, peakMiB: kib('VmHWM') / 1024 };
}
