import { defineDialect } from '../../src/dialect';
import { frozenParts } from '../../src/state/frozen-parts';
import { DEMO_ACCOUNT_ID, DEMO_TOKEN, SECOND_ACCOUNT_ID, SECOND_TOKEN } from './accounts';
import { authenticate } from './auth';
import { renderError } from './errors';
import { generate } from './generate';
import { handlers } from './handlers';
import { createState, type AstraState } from './state';

/** NetApp Astra Control, `GET /accounts/{account_id}/core/v1/tasks` (seed 003; specs/astra.yaml). */
export const astraDialect = defineDialect<AstraState, AstraState>({
  vendor: 'astra',
  prefixes: ['/accounts/'],
  fixtures: { tasks: { file: 'tasks.ndjson', schema: 'AstraTask' } },
  ...frozenParts('astra', createState),
  generate,
  defaultCount: 300,
  handlers,
  authenticate,
  // Any undeclared query parameter → 400 problem 6 (decisions.md "Astra").
  rejectUndeclaredQuery: true,
  renderError,
  describe: (baseUrl) =>
    `Astra: ${baseUrl}/accounts/${DEMO_ACCOUNT_ID}/core/v1/tasks?limit=20 with "Authorization: Bearer ${DEMO_TOKEN}"` +
    ` (second account ${SECOND_ACCOUNT_ID}: "Bearer ${SECOND_TOKEN}"; settings: tokens {token: accountId}, accounts [ids])`,
  demoHeaders: () => Promise.resolve({ authorization: `Bearer ${DEMO_TOKEN}` }),
});
