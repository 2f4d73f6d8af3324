import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dialects } from '../mocks';
import { createTestApp } from '../src/testing/create-test-app';
import type { ProbeRequest, Target } from './contract-types';
import { isCredentialError } from './credential-error';
import { loadCredentials, WRONG_BASIC, WRONG_TOKEN } from './credentials';
import { inProcessTarget } from './targets/in-process-target';

const { app, validators } = createTestApp({ dialects });
const op = (id: string) => validators.operation(id);
const b64 = (s: string) => Buffer.from(s).toString('base64');

/** The in-process mock, recording what was sent: real HTTP, and the logins can be counted. */
function recordingTarget(): Target & { sent: ProbeRequest[] } {
  const inner = inProcessTarget(app);
  const sent: ProbeRequest[] = [];
  return { ...inner, sent, send: (request) => (sent.push(request), inner.send(request)) };
}

function configFile(content: unknown): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'taskmock-cred-')), 'contract.json');
  fs.writeFileSync(file, JSON.stringify(content));
  return file;
}

const DEFAULT_OPS = ['listRootTasks', 'getActiveTasks', 'listSnapserviceTasks', 'listAstraTasks', 'listOpLogs'];

describe('loadCredentials with nothing configured (the demo values of the specs)', () => {
  it.each(DEFAULT_OPS)('authenticates the default request of %s against the mock', async (operationId) => {
    const credentials = loadCredentials({ validators, env: {} });
    const target = recordingTarget();
    const headers = await credentials.headersFor(op(operationId), target);
    const res = await target.send({ method: 'GET', path: op(operationId).defaultRequest ?? '', headers });
    expect(res.status).toBe(200);
  });

  it('sends each vendor its own scheme', async () => {
    const credentials = loadCredentials({ validators, env: {} });
    const target = recordingTarget();
    expect(await credentials.headersFor(op('listAstraTasks'), target)).toEqual({ Authorization: 'Bearer taskmock-astra-token' });
    expect(await credentials.headersFor(op('listOpLogs'), target)).toEqual({ 'X-Auth-Token': 'taskmock-cbr-token' });
    expect(await credentials.headersFor(op('getActiveTasks'), target)).toEqual({ Authorization: `Basic ${b64('apiuser:taskmock')}` });
    expect(await credentials.headersFor(op('createSession'), target)).toEqual({ Authorization: `Basic ${b64('administrator@vsphere.local:taskmock')}` });
    // vSphere: [{}, platformToken] and no token configured → nothing is sent.
    expect(await credentials.headersFor(op('listRootTasks'), target)).toEqual({});
    expect(target.sent).toEqual([]);
  });

  it('logs in to Snapservice once per target, and the session id becomes a secret', async () => {
    const credentials = loadCredentials({ validators, env: {} });
    const first = recordingTarget();
    const a = await credentials.headersFor(op('listSnapserviceTasks'), first);
    const b = await credentials.headersFor(op('listSnapserviceTasks'), first);
    expect(a).toEqual(b);
    expect(first.sent.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /api/session']);
    const session = a['vmware-api-session-id'] ?? '';
    expect(session).toMatch(/^[0-9a-f]{32}$/);
    const second = recordingTarget();
    const c = await credentials.headersFor(op('listSnapserviceTasks'), second);
    expect(second.sent).toHaveLength(1);
    expect(c['vmware-api-session-id']).not.toBe(session);
    expect(credentials.secrets).toEqual([session, c['vmware-api-session-id']]);
  });

  it('lists no demo value as a secret (they are published in the specs)', () => {
    expect(loadCredentials({ validators, env: {} }).secrets).toEqual([]);
  });

  it('falls back to the parameter examples for tenants', () => {
    const credentials = loadCredentials({ validators, env: {} });
    expect(credentials.parameterValue(op('listAstraTasks'), 'account_id')).toBe('fdaa655c-15ab-4d34-aa61-1e9098e67be0');
    expect(credentials.parameterValue(op('listOpLogs'), 'project_id')).toBe('04f1829c788037ac2fb8c01eb2b04b95');
    expect(credentials.parameterValue(op('listRootTasks'), 'vsphere_uuid')).toBe('e0fd06e7-b891-4fca-ad56-e36981bee2a3');
    expect(credentials.parameterValue(op('listRootTasks'), 'no_such_parameter')).toBeUndefined();
  });
});

describe('loadCredentials overrides', () => {
  const env = {
    TASKMOCK_ASTRA_TOKEN: 'env-astra-token',
    TASKMOCK_ASTRA_ACCOUNT_ID: '11111111-2222-4333-8444-555555555555',
    TASKMOCK_CBR_PROJECT_ID: 'abcdefabcdefabcdefabcdefabcdef12',
    TASKMOCK_VSPHERE_VSPHERE_UUID: '22222222-2222-4333-8444-555555555555',
    TASKMOCK_VSPHERE_TOKEN: 'env-vsphere-token',
    TASKMOCK_VELOSTRATA_USERNAME: 'ops',
    TASKMOCK_VELOSTRATA_PASSWORD: 'env-velo-password',
    TASKMOCK_CBR_TOKEN: '', // an unset CI secret: ignored, the demo token stays
  };

  it('takes tokens, users, passwords and tenants from TASKMOCK_<VENDOR>_* variables', async () => {
    const credentials = loadCredentials({ validators, env });
    const target = recordingTarget();
    expect(await credentials.headersFor(op('listAstraTasks'), target)).toEqual({ Authorization: 'Bearer env-astra-token' });
    expect(await credentials.headersFor(op('listRootTasks'), target)).toEqual({ Authorization: 'Bearer env-vsphere-token' });
    expect(await credentials.headersFor(op('getActiveTasks'), target)).toEqual({ Authorization: `Basic ${b64('ops:env-velo-password')}` });
    expect(await credentials.headersFor(op('listOpLogs'), target)).toEqual({ 'X-Auth-Token': 'taskmock-cbr-token' });
    expect(credentials.parameterValue(op('listAstraTasks'), 'account_id')).toBe(env.TASKMOCK_ASTRA_ACCOUNT_ID);
    expect(credentials.parameterValue(op('listOpLogs'), 'project_id')).toBe(env.TASKMOCK_CBR_PROJECT_ID);
    expect(credentials.parameterValue(op('listResourceTasks'), 'vsphere_uuid')).toBe(env.TASKMOCK_VSPHERE_VSPHERE_UUID);
    expect([...credentials.secrets].sort()).toEqual(['env-astra-token', 'env-velo-password', 'env-vsphere-token', 'ops:env-velo-password']);
  });

  it('reads a config file, with the environment winning over it', async () => {
    const configFileName = configFile({
      astra: { token: 'file-astra-token', baseUrl: 'https://astra.example', parameters: { account_id: 'file-account' } },
      cbr: { token: 'file-cbr-token', parameters: { project_id: 'file-project' } },
    });
    const credentials = loadCredentials({ validators, env: { TASKMOCK_ASTRA_TOKEN: 'env-wins' }, configFile: configFileName });
    const target = recordingTarget();
    expect(await credentials.headersFor(op('listAstraTasks'), target)).toEqual({ Authorization: 'Bearer env-wins' });
    expect(await credentials.headersFor(op('listOpLogs'), target)).toEqual({ 'X-Auth-Token': 'file-cbr-token' });
    expect(credentials.parameterValue(op('listAstraTasks'), 'account_id')).toBe('file-account');
    expect(credentials.parameterValue(op('listOpLogs'), 'project_id')).toBe('file-project');
    expect(credentials.baseUrl('astra')).toBe('https://astra.example');
    expect(credentials.baseUrl('cbr')).toBeUndefined();
  });

  it.each([
    ['an unknown vendor', { astro: { token: 'x' } }],
    ['an unknown key', { astra: { tokn: 'x' } }],
    ['a number where a string belongs', { cbr: { parameters: { project_id: 42 } } }],
    ['not an object', ['astra']],
  ])('refuses a config file with %s', (_case, content) => {
    const error = (() => {
      try {
        loadCredentials({ validators, env: {}, configFile: configFile(content) });
      } catch (e) {
        return e;
      }
    })();
    expect(isCredentialError(error, 'invalid-config')).toBe(true);
  });

  it('refuses an unreadable config file without quoting it', () => {
    const file = configFile({});
    fs.writeFileSync(file, '{"astra": {"token": "half-written-secret"');
    expect(() => loadCredentials({ validators, env: {}, configFile: file })).toThrow(/not valid JSON/);
    expect(() => loadCredentials({ validators, env: {}, configFile: file })).not.toThrow(/half-written-secret/);
  });

  it('uses a configured Snapservice token as the session itself, without logging in', async () => {
    const credentials = loadCredentials({ validators, env: { TASKMOCK_SNAPSERVICE_TOKEN: 'pasted-session' } });
    const target = recordingTarget();
    expect(await credentials.headersFor(op('listSnapserviceTasks'), target)).toEqual({ 'vmware-api-session-id': 'pasted-session' });
    expect(target.sent).toEqual([]);
  });

  it('reports a refused login by kind, and tries it only once', async () => {
    const credentials = loadCredentials({ validators, env: { TASKMOCK_SNAPSERVICE_USERNAME: 'administrator@vsphere.local', TASKMOCK_SNAPSERVICE_PASSWORD: 'wrong' } });
    const target = recordingTarget();
    for (let i = 0; i < 2; i += 1) {
      const error = await credentials.headersFor(op('listSnapserviceTasks'), target).catch((e: unknown) => e);
      expect(isCredentialError(error, 'login-failed')).toBe(true);
      expect((error as Error).message).not.toContain('wrong');
    }
    expect(target.sent).toHaveLength(1);
  });

  it('refuses half a Basic pair instead of mixing it with the demo values', async () => {
    const credentials = loadCredentials({ validators, env: { TASKMOCK_VELOSTRATA_USERNAME: 'ops' } });
    const error = await credentials.headersFor(op('getActiveTasks'), recordingTarget()).catch((e: unknown) => e);
    expect(isCredentialError(error, 'missing')).toBe(true);
  });
});

describe('wrongHeadersFor', () => {
  const credentials = loadCredentials({ validators, env: {} });

  it('has the same shape with a wrong secret, which the mock refuses with 401', async () => {
    const cases: Array<[string, Record<string, string>]> = [
      ['listAstraTasks', { Authorization: `Bearer ${WRONG_TOKEN}` }],
      ['listOpLogs', { 'X-Auth-Token': WRONG_TOKEN }],
      ['getActiveTasks', { Authorization: `Basic ${b64(WRONG_BASIC)}` }],
      ['listSnapserviceTasks', { 'vmware-api-session-id': WRONG_TOKEN }],
      ['createSession', { Authorization: `Basic ${b64(WRONG_BASIC)}` }],
    ];
    const target = recordingTarget();
    for (const [operationId, expected] of cases) {
      const headers = credentials.wrongHeadersFor(op(operationId));
      expect(headers).toEqual(expected);
      const request = op(operationId).method === 'post' ? { method: 'POST' as const, path: op(operationId).path } : { method: 'GET' as const, path: op(operationId).defaultRequest ?? '' };
      expect((await target.send({ ...request, headers: headers ?? {} })).status).toBe(401);
    }
  });

  it('is undefined where the operation needs no credentials (vSphere)', () => {
    expect(credentials.wrongHeadersFor(op('listRootRecentTasks'))).toBeUndefined();
  });
});
