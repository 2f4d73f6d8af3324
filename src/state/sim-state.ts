import type { AnyDialect, VendorSettings } from '../dialect';
import { LastLine } from '../fixtures/last-line';
import { fixturePath, readRecords } from '../fixtures/read-records';
import type { Clock } from '../runtime/clock';
import type { Rng } from '../runtime/rng';
import { FaultBook } from '../server/fault-book';
import type { Validators } from '../validation/create-validators';
import { createAdminValidators } from '../admin/admin-spec';
import { Arrivals } from './arrivals';
import { Journal } from './journal';
import { StateWriter } from './state-writer';
import { SessionBook } from './session-book';
import { TaskStore } from './task-store';
import { ViewCache } from './view-cache';

/** One vendor inside the process state: its loaded base, its store, and the view over both. */
export interface VendorSim {
  readonly dialect: AnyDialect;
  readonly settings: VendorSettings;
  readonly base: unknown;
  readonly store: TaskStore;
  readonly views: ViewCache<unknown>;
}

/** Where the data set came from: what a snapshot and a state file are tied to. */
export interface DataSetInfo {
  readonly dir: string;
  /** Epoch ms the data set was made for: the clock's default start. */
  readonly now: number;
  readonly seed: number;
}

/**
 * The whole state of one process, created once and given to every listener (the shared port
 * and each `--api-port`): the vendors' stores and views, the one clock, the armed faults, the
 * API sessions and the request journal. No singletons: tests make as many as they like.
 */
export interface SimState {
  readonly vendors: ReadonlyMap<string, VendorSim>;
  readonly clock: Clock;
  readonly rng: Rng;
  readonly faults: FaultBook;
  readonly sessions: SessionBook;
  readonly journal: Journal;
  readonly validators: Validators;
  /** The admin API's own validators (specs/admin/admin.yaml), compiled once with the state. */
  readonly adminValidators: Validators;
  readonly dataSet: DataSetInfo;
  /** The clock as served at start-up: where a reset takes it back to. */
  readonly start: { readonly now: number; readonly rate: number };
  /** The one writer: every change to tasks or clock goes through it (state-writer.ts). */
  readonly writer: StateWriter;
  readonly arrivals: Arrivals;
}

export interface SimStateOptions {
  readonly dialects: readonly AnyDialect[];
  readonly validators: Validators;
  readonly dataSet: DataSetInfo;
  readonly clock: Clock;
  readonly rng: Rng;
  readonly settings?: Readonly<Record<string, VendorSettings>>;
  /** The admin API's validators, when the caller has them compiled already (tests share one set). */
  readonly adminValidators?: Validators;
  /** Vendor key → new tasks per simulated hour; default each vendor's own (TaskModel.arrivalsPerHour). */
  readonly arrivalsPerHour?: Readonly<Record<string, number>>;
}

/** Loads every vendor's data set (validating each record as it streams in) and wires its view. */
export function createSimState(options: SimStateOptions): SimState {
  const vendors = new Map<string, VendorSim>();
  for (const dialect of options.dialects) {
    const settings = options.settings?.[dialect.vendor] ?? {};
    const base = loadBase(dialect, options, settings);
    const store = new TaskStore(dialect.vendor, dialect.baseTasks(base));
    const views = new ViewCache(store, (now) => dialect.createView({ base, changes: store.changes, now, settings }));
    vendors.set(dialect.vendor, { dialect, settings, base, store, views });
  }
  const perHour = new Map(options.dialects.map((d) => [d.vendor, options.arrivalsPerHour?.[d.vendor] ?? d.tasks.arrivalsPerHour]));
  const sim: { -readonly [K in keyof SimState]: SimState[K] } = {
    vendors,
    clock: options.clock,
    rng: options.rng,
    faults: new FaultBook(),
    sessions: new SessionBook(),
    journal: new Journal(),
    validators: options.validators,
    adminValidators: options.adminValidators ?? createAdminValidators(),
    dataSet: options.dataSet,
    start: { now: options.clock.now(), rate: options.clock.rate },
    writer: undefined as unknown as StateWriter,
    arrivals: undefined as unknown as Arrivals,
  };
  // The writer and the arrivals act on the state they belong to: made once it exists.
  sim.writer = new StateWriter(sim);
  sim.arrivals = new Arrivals(sim, perHour);
  return sim;
}

function loadBase(dialect: AnyDialect, options: SimStateOptions, settings: VendorSettings): unknown {
  const records: Record<string, Iterable<unknown>> = {};
  const lastLine = new LastLine();
  for (const [name, fixture] of Object.entries(dialect.fixtures)) {
    const validate = options.validators.component(dialect.vendor, fixture.schema);
    records[name] = readRecords(fixturePath(options.dataSet.dir, dialect.vendor, fixture.file), validate, lastLine);
  }
  const jsonBytesOf = (record: unknown): Uint8Array => lastLine.of(record) ?? Buffer.from(JSON.stringify(record));
  return dialect.createBase({ records, jsonBytesOf, loadedAt: options.dataSet.now, rng: options.rng, settings });
}

/** The vendor's entry, or an error naming the vendors this process serves. */
export function vendorSim(sim: SimState, vendor: string): VendorSim {
  const found = sim.vendors.get(vendor);
  if (!found) throw new Error(`${vendor} is not served here (serving ${[...sim.vendors.keys()].join(', ')})`);
  return found;
}
