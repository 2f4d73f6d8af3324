import path from 'node:path';
import type { Express } from 'express';
import { dialects } from '../../mocks';
import { readDataManifest } from '../../src/fixtures/data-manifest';
import { packageRoot } from '../../src/package-root';
import { createClock } from '../../src/runtime/clock';
import { createRng } from '../../src/runtime/rng';
import { createApp } from '../../src/server/create-app';
import { createStore } from '../../src/server/create-store';
import type { VendorSettings } from '../../src/dialect';
import type { Validators } from '../../src/validation/create-validators';

/**
 * The mock as `taskmock serve` builds it (the mocks/ dialects on the embedded data set), for
 * the selected vendors, with the clock frozen at the data set's `now`: a paging walk must not
 * see tasks move between two pages because time passed.
 */
export function createInProcessApp(validators: Validators, vendors: readonly string[], settings: Readonly<Record<string, VendorSettings>> = {}): Express {
  const selected = dialects.filter((d) => vendors.includes(d.vendor));
  const dataDir = path.join(packageRoot(), 'fixtures');
  const clock = createClock({ start: readDataManifest(dataDir).now, rate: 0 });
  const rng = createRng(1);
  const store = createStore({ dialects: selected, validators, dataDir, clock, rng, settings });
  return createApp({ dialects: selected, validators, store, clock, rng });
}

/** A second in-process run of a vendor under other settings, for what the defaults cannot answer. */
export interface InProcessVariant {
  readonly vendor: string;
  /** Shown in the target's name: `taskmock (in-process, <label>)`. */
  readonly label: string;
  readonly settings: VendorSettings;
}

/**
 * vSphere answers errors inside HTTP 200 by default (its `scode` envelope); the HTTP error
 * statuses its spec also documents are only answered with `mirrorStatus` on. The in-process run
 * requires every documented response, so vSphere runs twice and the coverage of both counts.
 */
export const IN_PROCESS_VARIANTS: readonly InProcessVariant[] = [{ vendor: 'vsphere', label: 'vsphere mirrorStatus', settings: { mirrorStatus: true } }];
