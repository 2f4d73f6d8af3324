import type { AnyDialect, VendorSettings } from '../dialect';
import { fixturePath, readRecords } from '../fixtures/read-records';
import type { Clock } from '../runtime/clock';
import type { Rng } from '../runtime/rng';
import type { Validators } from '../validation/create-validators';

/** Every vendor's state, by vendor key, built from its validated fixtures. */
export type Store = ReadonlyMap<string, unknown>;

export interface StoreOptions {
  readonly dialects: readonly AnyDialect[];
  readonly validators: Validators;
  readonly dataDir: string;
  readonly clock: Clock;
  readonly rng: Rng;
  readonly settings?: Readonly<Record<string, VendorSettings>>;
}

export function createStore(options: StoreOptions): Store {
  const store = new Map<string, unknown>();
  for (const dialect of options.dialects) {
    const records: Record<string, Iterable<unknown>> = {};
    const texts = new WeakMap<object, string>();
    for (const [name, fixture] of Object.entries(dialect.fixtures)) {
      const validate = options.validators.component(dialect.vendor, fixture.schema);
      records[name] = readRecords(fixturePath(options.dataDir, dialect.vendor, fixture.file), validate, texts);
    }
    const settings = options.settings?.[dialect.vendor] ?? {};
    const jsonOf = (record: unknown): string =>
      (typeof record === 'object' && record !== null ? texts.get(record) : undefined) ?? JSON.stringify(record);
    store.set(dialect.vendor, dialect.createState({ records, jsonOf, clock: options.clock, rng: options.rng, settings }));
  }
  return store;
}
