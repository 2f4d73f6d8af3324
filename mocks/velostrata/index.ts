import { defineDialect } from '../../src/dialect';
import { frozenParts } from '../../src/state/frozen-parts';
import { checkBasicAuth, DEFAULT_PASSWORD, DEFAULT_USERNAME, demoHeaders } from './auth';
import { renderError } from './errors';
import { generate } from './generate/generate';
import { handlers } from './handlers';
import { createState, type VelostrataState } from './state';

/**
 * Velostrata / Migrate for Compute Engine v4 Manager, `GET /velostrata/api/v42/tasks`
 * (seed 001, specs/velostrata.yaml): the active tasks as one `TaskDescriptionPage`, HTTP
 * Basic auth, `ErrorInfo` errors. Settings: `username`, `password`.
 */
export const velostrataDialect = defineDialect<VelostrataState, VelostrataState>({
  vendor: 'velostrata',
  prefixes: ['/velostrata/'],
  fixtures: { tasks: { file: 'tasks.ndjson', schema: 'TaskDescription' } },
  ...frozenParts('velostrata', createState),
  generate,
  defaultCount: 200,
  handlers,
  authenticate: (ctx) => checkBasicAuth(ctx.headers, ctx.state.credentials),
  renderError,
  describe: (baseUrl) =>
    `velostrata: ${baseUrl}/velostrata/api/v42/tasks (Basic ${DEFAULT_USERNAME} / ${DEFAULT_PASSWORD} unless set)`,
  demoHeaders: () => Promise.resolve(demoHeaders()),
});
