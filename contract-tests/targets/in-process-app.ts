import type { Express } from 'express';
import { dialects } from '../../mocks';
import type { VendorSettings } from '../../src/dialect';
import { createMockApp } from '../../src/server/create-mock-app';
import type { Validators } from '../../src/validation/create-validators';

/**
 * The mock as `taskmock serve` builds it (the mocks/ dialects on the embedded data set), for
 * the selected vendors, with the clock frozen at the data set's `now`: a paging walk must not
 * see tasks move between two pages because time passed.
 */
export function createInProcessApp(validators: Validators, vendors: readonly string[], settings: Readonly<Record<string, VendorSettings>> = {}): Express {
  return createMockApp({ dialects: dialects.filter((d) => vendors.includes(d.vendor)), validators, settings }).app;
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
