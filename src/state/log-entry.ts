import type { TaskWrite } from '../dialect';

/**
 * One acknowledged change, as the state file keeps it (one JSON line each): tasks written,
 * the clock moved, a reset, a whole snapshot loaded. Replayed in order at start-up.
 */
export type LogEntry =
  | { readonly kind: 'tasks'; readonly vendor: string; readonly writes: readonly TaskWrite[] }
  | { readonly kind: 'clock'; readonly now: number; readonly rate: number }
  | { readonly kind: 'reset'; readonly vendor?: string }
  | { readonly kind: 'snapshot'; readonly snapshot: unknown };

/** Where acknowledged changes go before they are acknowledged (serve --state-file). */
export interface DurableLog {
  /** Resolves once the entry is on disk (fsync). */
  append(entry: LogEntry): Promise<void>;
  close(): Promise<void>;
}
