import { defineDialect } from '../../src/dialect';
import { checkBasicAuth, DEFAULT_PASSWORD, DEFAULT_USERNAME, demoHeaders } from './auth';
import { createView } from './create-view';
import { renderError } from './errors';
import { generate } from './generate/generate';
import { handlers } from './handlers';
import { createBase } from './load-base';
import type { VelostrataBase, VelostrataState } from './state';
import { velostrataTasks } from './task-model';

/**
 * Velostrata / Migrate for Compute Engine v4 Manager (seed 001, specs/velostrata.yaml): the
 * active tasks as one `TaskDescriptionPage` (`GET /velostrata/api/v42/tasks`), one task by id,
 * and its cancellation; HTTP Basic auth, `ErrorInfo` errors. Tasks live on the simulated
 * clock (render-task.ts). Settings: `username`, `password`.
 */
export const velostrataDialect = defineDialect<VelostrataState, VelostrataBase>({
  vendor: 'velostrata',
  prefixes: ['/velostrata/'],
  fixtures: { tasks: { file: 'tasks.ndjson', schema: 'TaskDescription' } },
  createBase,
  baseTasks: (base) => base.source,
  createView,
  tasks: velostrataTasks,
  generate,
  defaultCount: 200,
  handlers,
  authenticate: (ctx) => checkBasicAuth(ctx.headers, ctx.state.credentials),
  renderError,
  describe: (baseUrl) =>
    `velostrata: ${baseUrl}/velostrata/api/v42/tasks (Basic ${DEFAULT_USERNAME} / ${DEFAULT_PASSWORD} unless set)`,
  demoHeaders: () => Promise.resolve(demoHeaders()),
});
