import fs from 'node:fs';
import path from 'node:path';
import { applyChange } from './apply-change';
import { checkChange } from './check-change';
import type { DurableLog, LogEntry } from './log-entry';
import { readLogEntry } from './read-log-entry';
import type { SimState } from './sim-state';
import { toSnapshot } from './snapshot';

/** Entries appended before the log is folded into one snapshot line again. */
const COMPACT_AFTER = 1000;

export interface StateFileReport {
  /** Changes replayed from the file. */
  readonly replayed: number;
  /** Set when a last entry cut short by a crash was dropped (it was never acknowledged). */
  readonly droppedTornEntry: string | undefined;
  /** The clock as the file left it, moved on by the wall time since at its rate. */
  readonly clock: { readonly now: number; readonly rate: number } | undefined;
}

/**
 * `serve --state-file FILE`: replays FILE into the state (every change the admin API ever
 * acknowledged), folds it into one snapshot line (write to a temporary file, fsync, rename,
 * fsync the folder), then keeps it as an append-only log: each later change is written and
 * fsynced before it is applied and acknowledged. A crash can only tear the last line, which
 * was never acknowledged: it is dropped and reported. Anything else unreadable stops the
 * start-up with the file and line named, so the server never starts empty in its place.
 */
export async function openStateFile(file: string, sim: SimState): Promise<{ log: DurableLog; report: StateFileReport }> {
  const report = replay(file, sim);
  await writeSnapshotFile(file, sim);
  return { log: new AppendLog(file, sim), report };
}

function replay(file: string, sim: SimState): StateFileReport {
  if (!fs.existsSync(file)) return { replayed: 0, droppedTornEntry: undefined, clock: undefined };
  const text = fs.readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const complete = text.endsWith('\n');
  let replayed = 0;
  let droppedTornEntry: string | undefined;
  let last: LogEntry | undefined;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as string;
    if (line.trim() === '') continue;
    const isLast = i === lines.length - 1;
    let entry: LogEntry;
    try {
      entry = readLogEntry(line);
    } catch (error) {
      // Only the very last line, written without its newline, can be a crash's torn write.
      if (isLast && !complete) {
        droppedTornEntry = `${file}:${i + 1}: a last entry cut short (${line.length} bytes) was dropped; it had not been acknowledged`;
        break;
      }
      throw new Error(`${file}:${i + 1}: not a taskmock state entry: ${(error as Error).message}`);
    }
    try {
      checkChange(sim, entry.change);
    } catch (error) {
      throw new Error(`${file}:${i + 1}: cannot be applied to this data set: ${describe(error)}`);
    }
    applyChange(sim, entry.change);
    last = entry;
    replayed += 1;
  }
  const clock = last && { now: last.clock.now + (Date.now() - last.clock.wallAt) * last.clock.rate, rate: last.clock.rate };
  return { replayed, droppedTornEntry, clock };
}

function describe(error: unknown): string {
  const problems = (error as { problems?: Array<{ pointer: string; message: string }> }).problems ?? [];
  return [(error as Error).message, ...problems.map((p) => `${p.pointer} ${p.message}`)].join('; ');
}

/** The state as one snapshot line, replacing FILE atomically. */
async function writeSnapshotFile(file: string, sim: SimState): Promise<void> {
  const entry: LogEntry = { change: { kind: 'snapshot', snapshot: toSnapshot(sim) }, clock: { now: sim.clock.now(), rate: sim.clock.rate, wallAt: Date.now() } };
  const temp = `${file}.${process.pid}.tmp`;
  const handle = await fs.promises.open(temp, 'w');
  try {
    await handle.writeFile(`${JSON.stringify(entry)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.promises.rename(temp, file);
  await syncFolder(path.dirname(file));
}

async function syncFolder(folder: string): Promise<void> {
  const handle = await fs.promises.open(folder, 'r');
  try {
    await handle.sync();
  } catch {
    // Some file systems refuse fsync on a folder; the rename is still atomic there.
  } finally {
    await handle.close();
  }
}

/** The open log: appends are made one at a time by the StateWriter's queue. */
class AppendLog implements DurableLog {
  private handle: Promise<fs.promises.FileHandle>;
  private appended = 0;

  constructor(
    private readonly file: string,
    private readonly sim: SimState,
  ) {
    this.handle = fs.promises.open(file, 'a');
  }

  async append(entry: LogEntry): Promise<void> {
    if (this.appended >= COMPACT_AFTER) await this.compact();
    const handle = await this.handle;
    await handle.write(`${JSON.stringify(entry)}\n`);
    await handle.datasync();
    this.appended += 1;
  }

  /** Folds the log into one snapshot of the state as it stands (before the entry being appended). */
  private async compact(): Promise<void> {
    await (await this.handle).close();
    await writeSnapshotFile(this.file, this.sim);
    this.handle = fs.promises.open(this.file, 'a');
    this.appended = 0;
  }

  async close(): Promise<void> {
    await (await this.handle).close();
  }
}
