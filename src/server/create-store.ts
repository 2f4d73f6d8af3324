import type { AnyDialect, VendorSettings } from '../dialect';
import { LastLine } from '../fixtures/last-line';
import { fixturePath, readRecords } from '../fixtures/read-records';
import type { Clock } from '../runtime/clock';
import type { Rng } from '../runtime/rng';
import type { Validators } from '../validation/create-validators';

/** One vendor's state, built from its validated fixtures, and the settings it was built with. */
export interface VendorStore {
  readonly state: unknown;
  readonly settings: VendorSettings;
}

/** Every vendor's state and settings, by vendor key: the one place settings are kept. */
export type Store = ReadonlyMap<string, VendorStore>;

export interface StoreOptions {
  readonly dialects: readonly AnyDialect[];
  readonly validators: Validators;
  readonly dataDir: string;
  readonly clock: Clock;
  readonly rng: Rng;
  readonly settings?: Readonly<Record<string, VendorSettings>>;
}

export function createStore(options: StoreOptions): Store {
  const store = new Map<string, VendorStore>();
  for (const dialect of options.dialects) {
    const records: Record<string, Iterable<unknown>> = {};
    const lastLine = new LastLine();
    for (const [name, fixture] of Object.entries(dialect.fixtures)) {
      const validate = options.validators.component(dialect.vendor, fixture.schema);
      records[name] = readRecords(fixturePath(options.dataDir, dialect.vendor, fixture.file), validate, lastLine);
    }
    const settings = options.settings?.[dialect.vendor] ?? {};
    const jsonBytesOf = (record: unknown): Uint8Array =>
      lastLine.of(record) ?? Buffer.from(JSON.stringify(record));
    const state = dialect.createState({ records, jsonBytesOf, clock: options.clock, rng: options.rng, settings });
    store.set(dialect.vendor, { state, settings });
  }
  return store;
}
