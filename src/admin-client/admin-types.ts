import type { Outcome, RunJson } from '../state/run';

/** The admin API's shapes (specs/admin/admin.yaml), for clients. */
export type VendorKey = 'vsphere' | 'velostrata' | 'snapservice' | 'astra' | 'cbr';
export type { Outcome };

export interface RunInput {
  /** ISO date-time; default now. */
  readonly queuedAt?: string;
  readonly startAfterMs?: number;
  readonly durationMs?: number;
  readonly outcome?: Outcome;
  /** The vendor's own error object for a failure. */
  readonly error?: unknown;
  /** A cancellation asked for while running (ISO): winds down from here, progress held. */
  readonly cancelledAt?: string;
}

/** A run as the admin API shows it: times as ISO text. */
export type Run = RunJson;

export interface TaskInput {
  readonly tenant?: string;
  /** A partial task in the vendor's own shape. */
  readonly task?: Readonly<Record<string, unknown>>;
  readonly run?: RunInput;
}

export interface AdminTask<T = Record<string, unknown>> {
  readonly id: string;
  readonly tenant: string;
  /** The task as the vendor's API shows it now. */
  readonly task: T;
  readonly run: Run | null;
}

export interface TaskList<T = Record<string, unknown>> {
  readonly total: number;
  readonly items: ReadonlyArray<AdminTask<T>>;
}

export interface ClockState {
  readonly now: string;
  readonly rate: number;
}

export interface ClockChange {
  readonly advanceMs?: number;
  readonly set?: string;
  readonly rate?: number;
}

export interface Health {
  readonly status: 'ok';
  readonly version: string;
  readonly apis: readonly VendorKey[];
  readonly now: string;
}

export interface Problem {
  readonly pointer: string;
  readonly message: string;
}

export interface JournalEntry {
  readonly at: string;
  readonly vendor: VendorKey;
  readonly operationId?: string;
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly ms: number;
  readonly fault?: string;
}

export interface FaultInput {
  readonly operationId: string;
  readonly status?: number;
  readonly kind?: string;
  readonly times?: number;
}

export interface Fault {
  readonly id: string;
  readonly operationId: string;
  readonly kind: string;
  readonly status: number;
  readonly remaining: number;
}

/** The state as one document (GET/PUT /__admin/state); its members are the admin spec's Snapshot. */
export interface StateSnapshot {
  readonly format: 'taskmock-state/1';
  readonly dataSet: { readonly now: string; readonly seed: number };
  readonly clock: ClockState;
  readonly vendors: Readonly<Record<string, { readonly tasks: readonly unknown[]; readonly removed: readonly string[] }>>;
}
