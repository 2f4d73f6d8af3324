import request from 'supertest';
import { MockError, type MockErrorKind } from '../../src/errors/mock-error';
import { createRng } from '../../src/runtime/rng';
import { testValidators } from '../../src/testing/create-test-app';
import { renderError } from './errors';
import type { CbrState } from './cbr-view';
import { AUTH, cbrTestApp, LIST } from './test-support/cbr-test-app';
import { DEMO_PROJECT_ID } from './vocabulary';

const { app, api } = cbrTestApp();

interface ErrorBody {
  error_code: string;
  error_msg: string;
  request_id?: string;
}

describe('CBR errors: authentication (API gateway, APIGW.0301)', () => {
  it.each([
    ['no X-Auth-Token', {}, 'Incorrect IAM authentication information: x-auth-token not found'],
    ['an empty X-Auth-Token', { 'X-Auth-Token': '' }, 'Incorrect IAM authentication information: x-auth-token not found'],
    ['an unknown X-Auth-Token', { 'X-Auth-Token': 'not-a-token' }, 'Incorrect IAM authentication information: decrypt token fail'],
  ])('answers 401 for %s, with request_id equal to X-Request-Id', async (_label, headers, message) => {
    const res = await api.get('listOpLogs', `${LIST}?limit=20`, headers);
    expect(res.status).toBe(401);
    const body = res.body as ErrorBody;
    expect(body).toEqual({ error_code: 'APIGW.0301', error_msg: message, request_id: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(res.headers['x-request-id']).toBe(body.request_id);
  });

  it('checks the token before the parameters, as the gateway does', async () => {
    const res = await api.get('listOpLogs', `${LIST}?limit=0`, {});
    expect(res.status).toBe(401);
  });

  it('accepts the tokens of the settings instead of the demo token', async () => {
    const custom = cbrTestApp({ settings: { tokens: ['my-iam-token'] } }).api;
    expect((await custom.get('listOpLogs', LIST, AUTH)).status).toBe(401);
    expect((await custom.get('listOpLogs', LIST, { 'X-Auth-Token': 'my-iam-token' })).status).toBe(200);
  });
});

describe('CBR errors: bad parameters (400 BackupService.9001)', () => {
  const types = 'backup, copy, replication, delete, restore, vault_delete, remove_resource, sync, migrate_resources';
  const timeRule = 'must be in the format %YYYY-%mm-%ddT%HH:%MM:%SSZ, for example 2018-01-01T12:00:00Z.';
  it.each([
    ['?limit=0', 'limit must be an integer from 1 to 1000.'],
    ['?limit=1001', 'limit must be an integer from 1 to 1000.'],
    ['?limit=ten', 'limit must be an integer from 1 to 1000.'],
    ['?limit=2.5', 'limit must be an integer from 1 to 1000.'],
    ['?limit=', 'limit must be an integer from 1 to 1000.'],
    ['?limit=5&limit=6', 'limit must be an integer from 1 to 1000.'],
    ['?offset=-1', 'offset must be an integer greater than or equal to 0.'],
    ['?offset=first', 'offset must be an integer greater than or equal to 0.'],
    ['?operation_type=snapshot', `operation_type must be one of ${types}.`],
    ['?operation_type=Backup', `operation_type must be one of ${types}.`],
    ['?status=done', 'status must be one of success, skipped, failed, running, timeout, waiting.'],
    ['?start_time=2024-06-01', `start_time ${timeRule}`],
    ['?start_time=2024-06-01T00:00:00%2B08:00', `start_time ${timeRule}`],
    ['?end_time=2024-06-01T00:00:00.000Z', `end_time ${timeRule}`],
    ['?end_time=2021-02-30T00:00:00Z', `end_time ${timeRule}`],
  ])('%s', async (query, rule) => {
    const res = await api.get('listOpLogs', `${LIST}${query}`, AUTH);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error_code: 'BackupService.9001', error_msg: `Invalid parameter: ${rule}` });
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f]{32}$/);
  });

  it.each(['04F1829C788037AC2FB8C01EB2B04B95', '04f1829c788037ac2fb8c01eb2b04b9', 'my-project', '04f1829c-7880-37ac-2fb8-c01eb2b04b95'])(
    'rejects the malformed project_id %s',
    async (projectId) => {
      const res = await api.get('listOpLogs', `/v3/${projectId}/operation-logs`, AUTH);
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ error_code: 'BackupService.9001', error_msg: 'Invalid parameter: project_id must be 32 hexadecimal characters.' });
    },
  );

  it('names any other bad parameter with its reason', async () => {
    const res = await api.get('listOpLogs', `${LIST}?vault_name=`, AUTH);
    expect(res.status).toBe(400);
    expect((res.body as ErrorBody).error_msg).toMatch(/^Invalid parameter: .*vault_name/);
  });
});

describe('CBR errors: unknown project and unknown routes', () => {
  it('answers 404 BackupService.9404 for a well-formed project the kit does not know', async () => {
    const res = await api.get('listOpLogs', '/v3/0a1b2c3d4e5f60718293a4b5c6d7e8f9/operation-logs', AUTH);
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error_code: 'BackupService.9404', error_msg: 'Project 0a1b2c3d4e5f60718293a4b5c6d7e8f9 not found.' });
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f]{32}$/);
  });

  it('knows only the projects of the settings when they name some', async () => {
    const custom = cbrTestApp({ settings: { projects: ['0a1b2c3d4e5f60718293a4b5c6d7e8f9'] } }).api;
    expect((await custom.get('listOpLogs', LIST, AUTH)).status).toBe(404);
    const other = await custom.get('listOpLogs', '/v3/0a1b2c3d4e5f60718293a4b5c6d7e8f9/operation-logs', AUTH);
    expect(other.body).toEqual({ operation_logs: [], count: 0, limit: 1000, offset: 0 });
  });

  it.each([
    ['get', `/v3/${DEMO_PROJECT_ID}/operation-logs/4827f2da-b008-4507-ab7d-42d0df5ed912/steps`],
    ['get', `/v3/${DEMO_PROJECT_ID}/vaults`],
    ['get', '/v3/'],
    ['post', `/v3/${DEMO_PROJECT_ID}/operation-logs`],
    ['delete', `/v3/${DEMO_PROJECT_ID}/operation-logs`],
  ] as const)('answers the gateway 404 APIGW.0101 for %s %s', async (method, url) => {
    const res = await request(app)[method](url).set(AUTH);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body).toEqual({
      error_code: 'APIGW.0101',
      error_msg: 'The API does not exist or has not been published in the environment.',
      request_id: res.headers['x-request-id'],
    });
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f]{32}$/);
  });

  it('answers a malformed URL in JSON, never an HTML page', async () => {
    const res = await request(app).get('/v3/%E0%A4%A/operation-logs').set(AUTH);
    expect(res.status).toBeLessThan(500);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f]{32}$/);
    expect(res.text).not.toMatch(/<html|stack|at Object/i);
  });
});

describe('CBR errors: renderError for every kind', () => {
  const KINDS: Record<MockErrorKind, [number, string]> = {
    missing_credentials: [401, 'APIGW.0301'],
    invalid_credentials: [401, 'APIGW.0301'],
    forbidden: [404, 'BackupService.9404'],
    invalid_parameter: [400, 'BackupService.9001'],
    unknown_parameter: [400, 'BackupService.9001'],
    tenant_not_found: [404, 'BackupService.9404'],
    resource_not_found: [404, 'BackupService.9404'],
    route_not_found: [404, 'APIGW.0101'],
    not_acceptable: [400, 'APIGW.0201'],
    too_many_results: [400, 'BackupService.9001'],
    rate_limited: [429, 'APIGW.0308'],
    internal: [500, 'BackupService.9500'],
    service_unavailable: [503, 'BackupService.9503'],
  };
  const ctx = { op: undefined, state: {} as CbrState, headers: {}, url: LIST, rng: createRng(7), settings: {} };

  it.each(Object.entries(KINDS))('renders %s as %j in a body the spec accepts where it documents the status', (kind, [status, code]) => {
    const reply = renderError(new MockError(kind as MockErrorKind, 'Project x not found.'), ctx);
    expect(reply.status).toBe(status);
    const body = reply.body as ErrorBody;
    expect(body.error_code).toBe(code);
    expect(body.error_msg).not.toMatch(/\n\s+at /);
    if (code.startsWith('APIGW.')) expect(reply.headers?.['X-Request-Id']).toBe(body.request_id);
    const validate = testValidators().response('listOpLogs', status, 'application/json');
    if ([400, 401, 404, 429].includes(status)) expect(validate?.(body)).toEqual([]);
  });
});
