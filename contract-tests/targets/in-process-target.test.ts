import { dialects } from '../../mocks';
import { createTestApp } from '../../src/testing/create-test-app';
import { inProcessTarget } from './in-process-target';

const { app, validators } = createTestApp({ dialects });
const target = inProcessTarget(app);

describe('inProcessTarget', () => {
  it('is the stateful taskmock target', () => {
    expect(target).toMatchObject({ name: 'taskmock (in-process)', stateful: true, isTaskmock: true });
  });

  it('answers the default request through real HTTP, headers lower-cased, JSON parsed', async () => {
    const op = validators.operation('listOpLogs');
    const res = await target.send({ method: 'GET', path: op.defaultRequest ?? '', headers: { 'X-Auth-Token': 'taskmock-cbr-token' } });
    expect(res.status).toBe(200);
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f]{32}$/);
    expect(res.body).toEqual(JSON.parse(res.text));
    expect(Array.isArray((res.body as { operation_logs?: unknown }).operation_logs)).toBe(true);
    expect(res.ms).toBeGreaterThanOrEqual(0);
  });

  it('posts a login and keeps its JSON-string body', async () => {
    const basic = Buffer.from('administrator@vsphere.local:taskmock').toString('base64');
    const res = await target.send({ method: 'POST', path: '/api/session', headers: { Authorization: `Basic ${basic}` } });
    expect(res.status).toBe(201);
    expect(typeof res.body).toBe('string');
    expect(res.text).toBe(JSON.stringify(res.body));
  });

  it('forwards the body of a taskmock /__admin request (arming a fault)', async () => {
    const arm = { method: 'POST' as const, path: '/__admin/faults', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ operationId: 'listOpLogs', status: 429, times: 1 }) };
    expect((await target.send(arm)).status).toBe(201);
    const op = validators.operation('listOpLogs');
    const res = await target.send({ method: 'GET', path: op.defaultRequest ?? '', headers: { 'X-Auth-Token': 'taskmock-cbr-token' } });
    expect(res.status).toBe(429);
  });

  it('passes an error answer through as it came', async () => {
    const res = await target.send({ method: 'GET', path: '/v3/04f1829c788037ac2fb8c01eb2b04b95/operation-logs', headers: {} });
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ error_code: 'APIGW.0301' });
  });
});
