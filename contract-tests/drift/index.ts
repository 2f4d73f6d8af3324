import type { ResponseCheck } from '../contract-types';
import { unknownEnum } from './unknown-enum';
import { unknownField } from './unknown-field';

/** The per-exchange drift checks (severity `drift`, never `failure`); `neverSeen` runs once over all exchanges. */
export const driftChecks: readonly ResponseCheck[] = [unknownField, unknownEnum];
