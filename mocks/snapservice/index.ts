import { defineDialect } from '../../src/dialect';
import { frozenParts } from '../../src/state/frozen-parts';
import { authenticate } from './auth';
import { demoHeaders } from './demo-headers';
import { renderError } from './errors';
import { generate } from './generate/generate';
import { handlers } from './handlers';
import { splitCommaLists } from './normalize-query';
import { createState, type SnapserviceState } from './state';

/**
 * The vSAN snapshot service ("Snapservice") task list of the vSphere Automation API (seed 002,
 * specs/snapservice.yaml): `GET /api/snapservice/tasks` behind a `vmware-api-session-id` from
 * `POST /api/session` or `POST /api/snapservice/sessions`.
 */
export const snapserviceDialect = defineDialect<SnapserviceState, SnapserviceState>({
  vendor: 'snapservice',
  // `/api/` is the vAPI REST root: in this kit no other API lives under it.
  prefixes: ['/api/'],
  fixtures: { tasks: { file: 'tasks.ndjson', schema: 'ListItem' } },
  ...frozenParts('snapservice', createState),
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
