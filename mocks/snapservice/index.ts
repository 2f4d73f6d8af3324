import { defineDialect } from '../../src/dialect';
import { authenticate } from './auth';
import { createBase, type SnapserviceBase } from './base';
import { demoHeaders } from './demo-headers';
import { renderError } from './errors';
import { generate } from './generate/generate';
import { handlers } from './handlers';
import { splitCommaLists } from './normalize-query';
import type { SnapserviceState } from './state';
import { snapserviceTasks } from './task-model';
import { createView } from './view';

/**
 * The vSAN snapshot service ("Snapservice") task list of the vSphere Automation API (seed 002,
 * specs/snapservice.yaml): `GET /api/snapservice/tasks` behind a `vmware-api-session-id` from
 * `POST /api/session` or `POST /api/snapservice/sessions`.
 */
export const snapserviceDialect = defineDialect<SnapserviceState, SnapserviceBase>({
  vendor: 'snapservice',
  // `/api/` is the vAPI REST root: in this kit no other API lives under it.
  prefixes: ['/api/'],
  fixtures: { tasks: { file: 'tasks.ndjson', schema: 'ListItem' } },
  createBase,
  baseTasks: (base) => base.source,
  createView,
  tasks: snapserviceTasks,
  generate,
  defaultCount: 1300,
  handlers,
  authenticate,
  normalizeQuery: splitCommaLists,
  renderError,
  describe: (baseUrl) =>
    `snapservice: POST ${baseUrl}/api/session with Basic administrator@vsphere.local / taskmock, then ` +
    `GET ${baseUrl}/api/snapservice/tasks?services=com.vmware.snapservice.protection_groups&status=FAILED ` +
    `with header vmware-api-session-id: <id> (readonly@vsphere.local / taskmock lacks System.Read: 403)`,
  demoHeaders,
});
