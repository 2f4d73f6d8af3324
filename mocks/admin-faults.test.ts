import request from 'supertest';
import { createTestApp } from '../src/testing/create-test-app';
import { dialects } from '.';
import { cbrDialect } from './cbr';
import { vsphereDialect } from './vsphere';

const CBR_LIST = '/v3/04f1829c788037ac2fb8c01eb2b04b95/operation-logs?limit=2';
const CBR_AUTH = { 'X-Auth-Token': 'taskmock-cbr-token' };
const VSPHERE_LIST = '/v1/vsphere/task/root/list?vsphere_uuid=e0fd06e7-b891-4fca-ad56-e36981bee2a3&page_num=0&page_size=2';

describe('/__admin/faults: documented errors on demand, in the vendor envelope', () => {
  it('answers the next request with the armed status, then serves normally again', async () => {
    const { app, api } = createTestApp({ dialects: [cbrDialect] });
    const armed = await request(app).post('/__admin/faults').send({ operationId: 'listOpLogs', status: 429 });
    expect(armed.status).toBe(201);
    expect(armed.body).toMatchObject({ operationId: 'listOpLogs', kind: 'rate_limited', status: 429, remaining: 1 });
    const faulted = await api.get('listOpLogs', CBR_LIST, CBR_AUTH);
    expect(faulted.status).toBe(429);
    expect(faulted.headers['x-request-id']).toMatch(/^[0-9a-f]{32}$/);
    expect((await api.get('listOpLogs', CBR_LIST, CBR_AUTH)).status).toBe(200);
  });

  it('answers before authentication, as the vendor gateway would', async () => {
    const { app, api } = createTestApp({ dialects: [cbrDialect] });
    await request(app).post('/__admin/faults').send({ operationId: 'listOpLogs', kind: 'rate_limited', times: 2 });
    expect((await request(app).get('/__admin/faults')).body.faults).toEqual([expect.objectContaining({ remaining: 2 })]);
    expect((await api.get('listOpLogs', CBR_LIST)).status).toBe(429);
    expect((await api.get('listOpLogs', CBR_LIST)).status).toBe(429);
    expect((await api.get('listOpLogs', CBR_LIST)).status).toBe(401);
  });

  it('offers every documented error status of every operation that the settings allow', async () => {
    const { app, validators } = createTestApp({ dialects, settings: { vsphere: { mirrorStatus: true } } });
    for (const op of validators.operations.values()) {
      for (const response of op.responses) {
        const status = Number(response.status);
        if (!(status >= 400)) continue;
        const armed = await request(app).post('/__admin/faults').send({ operationId: op.operationId, status });
        expect({ op: op.operationId, status, armed: armed.status }).toEqual({ op: op.operationId, status, armed: 201 });
      }
    }
    await request(app).delete('/__admin/faults').expect(204);
    expect((await request(app).get('/__admin/faults')).body.faults).toEqual([]);
  });

  it('refuses a status the vendor cannot answer under its settings, naming those it can', async () => {
    const { app, api } = createTestApp({ dialects: [vsphereDialect] });
    const refused = await request(app).post('/__admin/faults').send({ operationId: 'listRootTasks', status: 500 });
    expect(refused.status).toBe(400);
    expect(refused.body.message).toContain('200');
    // By kind, vSphere's default answer is its scode envelope inside HTTP 200.
    await request(app).post('/__admin/faults').send({ operationId: 'listRootTasks', kind: 'internal' }).expect(201);
    const faulted = await api.get('listRootTasks', VSPHERE_LIST);
    expect(faulted.status).toBe(200);
    expect(faulted.body).toMatchObject({ scode: expect.any(Number), data: null });
    expect((faulted.body as { scode: number }).scode).not.toBe(0);
  });

  it('refuses unknown operations, kinds and counts, and removes one fault by id', async () => {
    const { app } = createTestApp({ dialects: [cbrDialect] });
    expect((await request(app).post('/__admin/faults').send({ operationId: 'nope', status: 500 })).status).toBe(400);
    expect((await request(app).post('/__admin/faults').send({ operationId: 'listOpLogs', kind: 'nope' })).status).toBe(400);
    // CBR renders service_unavailable as 503, which ListOpLogs does not document: refused.
    const undocumented = await request(app).post('/__admin/faults').send({ operationId: 'listOpLogs', kind: 'service_unavailable' });
    expect(undocumented.status).toBe(400);
    expect(undocumented.body.message).toContain('429');
    expect((await request(app).post('/__admin/faults').send({ operationId: 'listOpLogs', status: 429, times: 0 })).status).toBe(400);
    const armed = await request(app).post('/__admin/faults').send({ operationId: 'listOpLogs', status: 429 });
    await request(app).delete(`/__admin/faults/${armed.body.id}`).expect(204);
    await request(app).delete(`/__admin/faults/${armed.body.id}`).expect(404);
  });
});
