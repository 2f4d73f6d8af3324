import path from 'node:path';
import type { AnyDialect, VendorSettings } from '../dialect';
import { readDataManifest } from '../fixtures/data-manifest';
import { packageRoot } from '../package-root';
import { createClock } from '../runtime/clock';
import { createRng } from '../runtime/rng';
import { createSimState } from '../state/sim-state';
import type { Validators } from '../validation/create-validators';
import { createApp } from './create-app';

export interface MockAppOptions {
  readonly dialects: readonly AnyDialect[];
  readonly validators: Validators;
  /** A data set made by `taskmock fixtures`; default the embedded one in fixtures/. */
  readonly dataDir?: string;
  readonly settings?: Readonly<Record<string, VendorSettings>>;
  /** Epoch ms; defaults to the data set's `now` (its manifest.json). */
  readonly now?: number;
  readonly seed?: number;
  /** The admin API's compiled validators, to share between apps (compiled here when absent). */
  readonly adminValidators?: Validators;
}

/**
 * An in-process app on a data set with the clock frozen, so nothing moves between two
 * requests unless a test moves it: what the tests and the contract suite's in-process target
 * both run against.
 */
export function createMockApp(options: MockAppOptions) {
  const dataDir = options.dataDir ?? path.join(packageRoot(), 'fixtures');
  const { dialects, validators, settings } = options;
  const dataNow = readDataManifest(dataDir).now;
  const seed = options.seed ?? 1;
  const clock = createClock({ start: options.now ?? dataNow, rate: 0 });
  const sim = createSimState({ dialects, validators, dataSet: { dir: dataDir, now: dataNow, seed }, clock, rng: createRng(seed), settings, adminValidators: options.adminValidators });
  return { app: createApp({ dialects, sim }), clock, sim, validators };
}
