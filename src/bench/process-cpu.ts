import fs from 'node:fs';

/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux for x86 and arm). */
const TICKS_PER_SECOND = 100;

/**
 * CPU time a process has used so far (user + system, every thread: the GC's helpers count), in
 * µs, from /proc (Linux); NaN when it cannot be read. Divided by the requests a round served,
 * it is the server's cost per request, which a busy shared machine disturbs far less than
 * requests per second: time the server waits for a core is not counted.
 */
export function processCpuMicros(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return NaN;
  }
  // Fields after the command name, which is in parentheses and may hold spaces: utime is the
  // 14th field of the line, stime the 15th (proc(5)).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1_000_000) / TICKS_PER_SECOND;
}
