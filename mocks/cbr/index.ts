import { defineDialect } from '../../src/dialect';
import { authenticate } from './auth';
import { baseTasks } from './base-tasks';
import { createBase, type CbrBase } from './cbr-base';
import { createView, type CbrState } from './cbr-view';
import { renderError } from './errors';
import { generate } from './generate/generate';
import { handlers } from './handlers';
import { newRequestId, REQUEST_ID_HEADER } from './request-id';
import { cbrTasks } from './task-model';
import { DEMO_PROJECT_ID, DEMO_TOKEN } from './vocabulary';

/** Huawei Cloud CBR, ListOpLogs (seed 004; specs/cbr.yaml; decisions.md "CBR"). */
export const cbrDialect = defineDialect<CbrState, CbrBase>({
  vendor: 'cbr',
  prefixes: ['/v3/'],
  fixtures: { operationLogs: { file: 'operation-logs.ndjson', schema: 'OperationLog' } },
  createBase,
  baseTasks,
  createView,
  tasks: cbrTasks,
  generate,
  defaultCount: 300,
  handlers,
  authenticate,
  // Huawei's APIs ignore query parameters they do not declare: no unknown_parameter errors.
  rejectUndeclaredQuery: false,
  renderError,
  // Every answer, errors and unknown routes included, carries X-Request-Id (api-facts 5.1).
  commonHeaders: (ctx) => ({ [REQUEST_ID_HEADER]: newRequestId(ctx.rng) }),
  describe: (baseUrl) =>
    `CBR          ${baseUrl}/v3/${DEMO_PROJECT_ID}/operation-logs?limit=20  (X-Auth-Token: ${DEMO_TOKEN})`,
  demoHeaders: () => Promise.resolve({ 'X-Auth-Token': DEMO_TOKEN }),
});
