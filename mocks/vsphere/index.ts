import { defineDialect } from '../../src/dialect';
import { checkToken } from './auth';
import { renderError } from './errors';
import { generate } from './generate/generate';
import { handlers } from './handlers';
import { normalizeQuery } from './normalize-query';
import { DEMO_VSPHERE_UUID } from './settings';
import { baseTasks, createBase, type VsphereBase } from './base';
import type { VsphereState } from './state';
import { vsphereTasks } from './task-model';
import { createView } from './view';

/**
 * The Chinese vSphere management platform of seed 000 (specs/vsphere.yaml): three task lists
 * under `/v1/vsphere/task/`, the `{scode, desc, message, message_cn, stack, data}` envelope,
 * govmomi TaskInfo inside each record. Settings: `vsphereUuid`, `token`, `mirrorStatus`,
 * `recentMinutes` (settings.ts).
 */
export const vsphereDialect = defineDialect<VsphereState, VsphereBase>({
  vendor: 'vsphere',
  prefixes: ['/v1/vsphere/'],
  fixtures: { tasks: { file: 'tasks.ndjson', schema: 'TaskItem' } },
  createBase,
  baseTasks,
  createView,
  tasks: vsphereTasks,
  generate,
  defaultCount: 300,
  handlers,
  authenticate: (ctx) => checkToken(ctx.headers, ctx.state.settings),
  normalizeQuery,
  renderError,
  /**
   * The bodies carry Chinese text, so the charset is stated, as Go JSON servers (gin's c.JSON)
   * do; the platform's own header is undocumented.
   */
  commonHeaders: () => ({ 'content-type': 'application/json; charset=utf-8' }),
  describe: (baseUrl) =>
    `vsphere: ${baseUrl}/v1/vsphere/task/root/list?vsphere_uuid=${DEMO_VSPHERE_UUID}&page_num=0&page_size=10 (no credentials unless the token setting is on)`,
  demoHeaders: () => Promise.resolve({}),
});
