import { continueTokens } from './continue-tokens';
import { coverage } from './coverage';
import { defaultRequest } from './default-request';
import { filters } from './filters';
import { negatives } from './negatives';
import { pagingWalk } from './paging-walk';
import type { Probe } from './probe-context';
import { projection } from './projection';

/**
 * Every probe, in run order: the paging walk before the filters (they reuse its unfiltered
 * list), and coverage last (it provokes only the statuses the others did not see).
 */
export const probes: readonly Probe[] = [defaultRequest, pagingWalk, filters, projection, continueTokens, negatives, coverage];
