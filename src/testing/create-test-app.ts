import path from 'node:path';
import type { AnyDialect, VendorSettings } from '../dialect';
import { packageRoot } from '../package-root';
import { createClock, type Clock } from '../runtime/clock';
import { createRng } from '../runtime/rng';
import { createApp } from '../server/create-app';
import { createStore } from '../server/create-store';
import { createValidators, type Validators } from '../validation/create-validators';
import { checkedClient } from './checked-client';
import { readDataManifest } from '../fixtures/data-manifest';

let shared: Validators | undefined;
/** Compiling the five specs takes a moment; tests in one file share the result. */
export function testValidators(): Validators {
  shared ??= createValidators();
  return shared;
}

export interface TestAppOptions {
  readonly dialects: readonly AnyDialect[];
  readonly dataDir?: string;
  readonly settings?: Readonly<Record<string, VendorSettings>>;
  /** Epoch ms; defaults to the data set's `now` (fixtures/manifest.json). */
  readonly now?: number;
  readonly seed?: number;
}

/** An in-process app on the default data (or `dataDir`), a frozen clock, and a spec-checked client. */
export function createTestApp(options: TestAppOptions) {
  const dataDir = options.dataDir ?? path.join(packageRoot(), 'fixtures');
  const validators = testValidators();
  const clock: Clock = createClock({ start: options.now ?? readDataManifest(dataDir).now });
  const rng = createRng(options.seed ?? 1);
  const store = createStore({ dialects: options.dialects, validators, dataDir, clock, rng, settings: options.settings });
  const app = createApp({ dialects: options.dialects, validators, store, clock, rng });
  return { app, clock, validators, store, api: checkedClient(app, validators) };
}
