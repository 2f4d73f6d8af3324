import request from 'supertest';
import { dialects } from '../../mocks';
import { createTestApp } from '../../src/testing/create-test-app';
import type { Exchange, ProbeRequest } from '../contract-types';
import { driftChecks } from '../drift/index';
import { responseChecks } from './index';
import { runChecks } from './test-support/exchanges';

/**
 * The checks against real HTTP answers of the in-process mock: its genuine answers, errors
 * included, produce no failure. The demo credentials are decisions.md's (specs name them).
 */
const { app, validators } = createTestApp({ dialects });
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
const CREDENTIALS: Record<string, Record<string, string>> = {
  listAstraTasks: { authorization: 'Bearer taskmock-astra-token' },
  listOpLogs: { 'x-auth-token': 'taskmock-cbr-token' },
  getActiveTasks: { authorization: basic('apiuser', 'taskmock') },
  listSnapserviceTasks: { authorization: basic('administrator@vsphere.local', 'taskmock') },
  listRootTasks: {},
};

async function send(operationId: string, path: string, headers: Record<string, string>, expectError: boolean): Promise<Exchange> {
  const probe: ProbeRequest = { method: 'GET', path, headers };
  let call = request(app).get(path);
  for (const [name, value] of Object.entries(headers)) call = call.set(name, value);
  const res = await call;
  let body: unknown;
  try {
    body = res.text.trim() === '' ? undefined : JSON.parse(res.text);
  } catch {
    body = undefined;
  }
  const response = { status: res.status, headers: res.headers as Record<string, string>, text: res.text, body, ms: 0 };
  return { operationId, probe: expectError ? 'negative' : 'default-request', request: probe, response, expectError };
}

const defaultPath = (operationId: string): string => validators.operation(operationId).defaultRequest ?? '';

describe('checks on answers of the in-process mock (supertest)', () => {
  it.each(Object.keys(CREDENTIALS))('%s: the default request passes every check', async (operationId) => {
    const exchange = await send(operationId, defaultPath(operationId), CREDENTIALS[operationId] ?? {}, false);
    expect(exchange.response.status).toBe(200);
    expect(runChecks([...responseChecks, ...driftChecks], exchange, validators).filter((f) => f.severity === 'failure')).toEqual([]);
  });

  it.each(['listAstraTasks', 'listOpLogs', 'getActiveTasks', 'listSnapserviceTasks'])(
    '%s: the answer without credentials is accepted as an error in the vendor envelope',
    async (operationId) => {
      const exchange = await send(operationId, defaultPath(operationId), {}, true);
      expect(exchange.response.status).toBe(401);
      expect(runChecks(responseChecks, exchange, validators)).toEqual([]);
    },
  );

  it("vSphere's scode error in an HTTP 200 is accepted as the error a malformed parameter asks for", async () => {
    const exchange = await send('listRootTasks', '/v1/vsphere/task/root/list?vsphere_uuid=not-a-uuid', {}, true);
    expect(exchange.response.status).toBe(200);
    expect(exchange.response.body).toEqual(expect.objectContaining({ scode: 400 }));
    expect(runChecks(responseChecks, exchange, validators)).toEqual([]);
  });

  it('a success answering a request marked negative fails error-envelope (the check has teeth on real answers)', async () => {
    const exchange = await send('listRootTasks', defaultPath('listRootTasks'), {}, true);
    expect(runChecks(responseChecks, exchange, validators).map((f) => [f.check, f.message])).toEqual([['error-envelope', 'expected an error, got a success (200)']]);
  });
});
