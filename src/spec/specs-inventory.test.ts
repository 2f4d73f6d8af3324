import fs from 'node:fs';
import { indexOperations } from './index-operations';
import { defaultSpecDir, loadSpecs } from './load-specs';

const specs = loadSpecs();
const operations = indexOperations(specs);

/** The operations the issues ask for, by vendor: seven list operations, two session calls, and tasks' own URLs. */
const EXPECTED: Record<string, string[]> = {
  astra: ['GET /accounts/{account_id}/core/v1/tasks listAstraTasks'],
  cbr: ['GET /v3/{project_id}/operation-logs listOpLogs', 'GET /v3/{project_id}/operation-logs/{operation_log_id} showOpLog'],
  snapservice: [
    'GET /api/snapservice/tasks listSnapserviceTasks',
    'GET /api/snapservice/tasks/{task} getSnapserviceTask',
    'POST /api/session createSession',
    'POST /api/snapservice/sessions createSnapserviceSession',
  ],
  velostrata: [
    'GET /velostrata/api/v42/tasks getActiveTasks',
    'GET /velostrata/api/v42/tasks/{taskId} getTask',
    'DELETE /velostrata/api/v42/tasks/{taskId} cancelTask',
  ],
  vsphere: [
    'GET /v1/vsphere/task/resource/list listResourceTasks',
    'GET /v1/vsphere/task/root/list listRootTasks',
    'GET /v1/vsphere/task/root_recent/list listRootRecentTasks',
  ],
};

describe('specs/', () => {
  it('holds exactly five OpenAPI 3.1.0 YAML files, one per vendor key', () => {
    const files = fs.readdirSync(defaultSpecDir()).filter((f) => f.endsWith('.yaml')).sort();
    expect(files).toEqual(['astra.yaml', 'cbr.yaml', 'snapservice.yaml', 'velostrata.yaml', 'vsphere.yaml']);
    expect(specs.map((s) => s.doc.openapi)).toEqual(Array(5).fill('3.1.0'));
  });

  it.each(Object.keys(EXPECTED))('%s declares exactly its documented operations', (vendor) => {
    const found = operations
      .filter((op) => op.vendor === vendor)
      .map((op) => `${op.method.toUpperCase()} ${op.path} ${op.operationId}`)
      .sort();
    expect(found).toEqual([...(EXPECTED[vendor] ?? [])].sort());
  });

  it('has seven list operations in all', () => {
    // A task's own URL (`.../tasks/{taskId}`) ends in its id; a list does not.
    const lists = operations.filter((op) => op.method === 'get' && !op.path.endsWith('}'));
    expect(lists).toHaveLength(7);
  });

  it.each(Object.keys(EXPECTED))('%s records decisions.md default list request on one GET operation', (vendor) => {
    const defaults = operations.filter((op) => op.vendor === vendor && op.defaultRequest);
    expect(defaults).toHaveLength(1);
    const [op] = defaults;
    expect(op?.method).toBe('get');
    const path = op?.defaultRequest?.split('?')[0] ?? '';
    const template = new RegExp(`^${op?.path.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    expect(path).toMatch(template);
  });
});
