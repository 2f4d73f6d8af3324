import type { TaskWrite } from '../dialect';

/** The clock as it stood when a change was made: where a restart picks it up. */
export interface ClockMark {
  readonly now: number;
  readonly rate: number;
  /** Wall-clock epoch ms of the mark: at rate r, the clock has moved (wall - wallAt) * r since. */
  readonly wallAt: number;
}

/** The whole state in one document: `GET /__admin/state`, and the state file's first line. */
export interface Snapshot {
  readonly format: 'taskmock-state/1';
  readonly dataSet: { readonly now: string; readonly seed: number };
  readonly clock: { readonly now: string; readonly rate: number };
  readonly vendors: Readonly<Record<string, SnapshotVendor>>;
}

export interface SnapshotVendor {
  readonly tasks: ReadonlyArray<{ readonly id: string; readonly tenant: string; readonly task: unknown; readonly run: unknown }>;
  readonly removed: readonly string[];
}

/**
 * One acknowledged change: what the one writer applies, and what the state file keeps (one
 * JSON line each, replayed in order at start-up). Every change in the process is one of these.
 */
export type Change =
  | { readonly kind: 'tasks'; readonly vendor: string; readonly writes: readonly TaskWrite[] }
  | { readonly kind: 'clock'; readonly now: number; readonly rate: number }
  | { readonly kind: 'reset'; readonly vendor?: string }
  | { readonly kind: 'snapshot'; readonly snapshot: Snapshot };

/** A change as logged: with the clock mark at the moment it was acknowledged. */
export interface LogEntry {
  readonly change: Change;
  readonly clock: ClockMark;
}

/** Where acknowledged changes go before they are acknowledged (serve --state-file). */
export interface DurableLog {
  /** Resolves once the entry is on disk (written and fsynced). */
  append(entry: LogEntry): Promise<void>;
  close(): Promise<void>;
}
