import type { AnyDialect } from '../src/dialect';
import { astraDialect } from './astra';
import { cbrDialect } from './cbr';
import { snapserviceDialect } from './snapservice';
import { velostrataDialect } from './velostrata';
import { vsphereDialect } from './vsphere';

/** The one list of APIs taskmock serves: the CLI and tests pass it to createApp. */
export const dialects: readonly AnyDialect[] = [vsphereDialect, velostrataDialect, snapserviceDialect, astraDialect, cbrDialect];
