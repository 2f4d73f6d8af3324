import request from 'supertest';
import { MockError, type MockErrorKind } from '../../src/errors/mock-error';
import { createTestApp } from '../../src/testing/create-test-app';
import { ERROR_RULES, renderError } from './errors';
import { vsphereDialect } from './index';
import { readSettings } from './settings';
import type { VsphereState } from './state';

const UUID = 'e0fd06e7-b891-4fca-ad56-e36981bee2a3';
const BASE = '/v1/vsphere/task';
const ROOT = `${BASE}/root/list`;
const RECENT = `${BASE}/root_recent/list`;
const RESOURCE = `${BASE}/resource/list`;

const BAD = { scode: 400, message: 'invalid parameter', message_cn: '参数错误' };
const NOT_FOUND_VSPHERE = { scode: 404, message: 'vsphere cluster not found', message_cn: 'vsphere集群不存在' };
const NOT_FOUND_RESOURCE = { scode: 404, message: 'resource not found', message_cn: '资源不存在' };

/** decisions.md's bad inputs for vSphere, each with the spec's scode and texts. */
const CASES = [
  { op: 'listRootTasks', url: `${ROOT}?page_size=10`, expected: { ...BAD, desc: 'vsphere_uuid is required' } },
  { op: 'listRootTasks', url: `${ROOT}?vsphere_uuid=&page_size=10`, expected: { ...BAD, desc: 'vsphere_uuid is required' } },
  { op: 'listRootTasks', url: `${ROOT}?vsphere_uuid=e0fd06e7`, expected: { ...BAD, desc: 'vsphere_uuid must be a UUID: e0fd06e7' } },
  { op: 'listRootTasks', url: `${ROOT}?vsphere_uuid=${UUID}&vsphere_uuid=${UUID}`, expected: { ...BAD, desc: `vsphere_uuid must be given once: ${UUID},${UUID}` } },
  { op: 'listRootTasks', url: `${ROOT}?vsphere_uuid=${UUID}&page_size=-1`, expected: { ...BAD, desc: 'page_size must be a non-negative integer: -1' } },
  { op: 'listRootTasks', url: `${ROOT}?vsphere_uuid=${UUID}&page_num=-2&page_size=10`, expected: { ...BAD, desc: 'page_num must be a non-negative integer: -2' } },
  { op: 'listRootTasks', url: `${ROOT}?vsphere_uuid=${UUID}&page_num=1.5&page_size=10`, expected: { ...BAD, desc: 'page_num must be a non-negative integer: 1.5' } },
  { op: 'listRootTasks', url: `${ROOT}?vsphere_uuid=${UUID}&page_size=ten`, expected: { ...BAD, desc: 'page_size must be a non-negative integer: ten' } },
  { op: 'listRootTasks', url: `${ROOT}?vsphere_uuid=${UUID}&page_size=99999999999`, expected: { ...BAD, desc: 'page_size must be an integer from 0 to 2147483647: 99999999999' } },
  { op: 'listRootTasks', url: `${ROOT}?vsphere_uuid=${UUID}&page_size=1&page_size=2`, expected: { ...BAD, desc: 'page_size must be given once: 1,2' } },
  { op: 'listRootTasks', url: `${ROOT}?vsphere_uuid=${UUID}&cluster_uuid=abc`, expected: { ...BAD, desc: 'cluster_uuid must be a UUID: abc' } },
  { op: 'listRootTasks', url: `${ROOT}?vsphere_uuid=5d3c2a8e-1b7f-4c06-9e2d-8a4f6b0c1d93`, expected: { ...NOT_FOUND_VSPHERE, desc: 'vsphere_uuid 5d3c2a8e-1b7f-4c06-9e2d-8a4f6b0c1d93 not found' } },
  { op: 'listResourceTasks', url: `${RESOURCE}?vsphere_uuid=${UUID}&page_size=10`, expected: { ...BAD, desc: 'reference is required' } },
  { op: 'listResourceTasks', url: `${RESOURCE}?vsphere_uuid=${UUID}&reference=`, expected: { ...BAD, desc: 'reference is required' } },
  { op: 'listResourceTasks', url: `${RESOURCE}?vsphere_uuid=${UUID}&reference=vm-119`, expected: { ...BAD, desc: 'reference must be Type:Value: vm-119' } },
  { op: 'listResourceTasks', url: `${RESOURCE}?vsphere_uuid=${UUID}&reference=VirtualMachine:vm-9999`, expected: { ...NOT_FOUND_RESOURCE, desc: 'reference VirtualMachine:vm-9999 not found' } },
  { op: 'listResourceTasks', url: `${RESOURCE}?vsphere_uuid=5d3c2a8e-1b7f-4c06-9e2d-8a4f6b0c1d93&reference=VirtualMachine:vm-9999`, expected: { ...NOT_FOUND_VSPHERE, desc: 'vsphere_uuid 5d3c2a8e-1b7f-4c06-9e2d-8a4f6b0c1d93 not found' } },
  { op: 'listRootRecentTasks', url: `${RECENT}`, expected: { ...BAD, desc: 'vsphere_uuid is required' } },
  { op: 'listRootRecentTasks', url: `${RECENT}?vsphere_uuid=${UUID}&reference=datacenter-2`, expected: { ...BAD, desc: 'reference must be Type:Value: datacenter-2' } },
  { op: 'listRootRecentTasks', url: `${RECENT}?vsphere_uuid=${UUID}&reference=Datacenter:datacenter-99`, expected: { ...NOT_FOUND_RESOURCE, desc: 'reference Datacenter:datacenter-99 not found' } },
  { op: 'listRootRecentTasks', url: `${RECENT}?vsphere_uuid=${UUID}&page_num=x`, expected: { ...BAD, desc: 'page_num must be a non-negative integer: x' } },
];

describe('bad input (default: HTTP 200 with the scode envelope)', () => {
  const { api } = createTestApp({ dialects: [vsphereDialect] });
  it.each(CASES)('$op $url → scode $expected.scode', async ({ op, url, expected }) => {
    const res = await api.get(op, url);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.body).toEqual({ ...expected, stack: null, data: null });
  });
});

describe('the mirrorStatus setting (scode as the HTTP status)', () => {
  const { api } = createTestApp({ dialects: [vsphereDialect], settings: { vsphere: { mirrorStatus: true } } });
  it.each(CASES)('$op $url → HTTP $expected.scode', async ({ op, url, expected }) => {
    const res = await api.get(op, url);
    expect(res.status).toBe(expected.scode);
    expect(res.body).toEqual({ ...expected, stack: null, data: null });
  });

  it('still answers a good request with 200 and scode 0', async () => {
    const res = await api.get('listRootTasks', `${ROOT}?vsphere_uuid=${UUID}&page_size=1`);
    expect([res.status, (res.body as { scode: number }).scode]).toEqual([200, 0]);
  });
});

describe('the token setting', () => {
  const url = `${ROOT}?vsphere_uuid=${UUID}&page_size=1`;
  const unauthorized = (desc: string) => ({ scode: 401, desc, message: 'unauthorized', message_cn: '认证失败', stack: null, data: null });

  it('asks for nothing by default', async () => {
    const { api } = createTestApp({ dialects: [vsphereDialect] });
    expect(((await api.get('listRootTasks', url)).body as { scode: number }).scode).toBe(0);
  });

  describe('when a token is set', () => {
    const { api } = createTestApp({ dialects: [vsphereDialect], settings: { vsphere: { token: 's3cret' } } });
    it.each<{ headers: Record<string, string>; expected: object }>([
      { headers: {}, expected: unauthorized('missing token') },
      { headers: { Authorization: 'Bearer wrong' }, expected: unauthorized('invalid token') },
      { headers: { Authorization: 'Basic czNjcmV0' }, expected: unauthorized('invalid token') },
      { headers: { Authorization: 's3cret' }, expected: unauthorized('invalid token') },
    ])('refuses $headers', async ({ headers, expected }) => {
      const res = await api.get('listRootTasks', url, headers);
      expect(res.status).toBe(200);
      expect(res.body).toEqual(expected);
    });

    it('checks the token before the parameters', async () => {
      const res = await api.get('listRootTasks', `${ROOT}?page_size=-1`);
      expect(res.body).toEqual(unauthorized('missing token'));
    });

    it.each(['Bearer s3cret', 'bearer s3cret'])('accepts %s', async (authorization) => {
      const res = await api.get('listRootTasks', url, { Authorization: authorization });
      expect((res.body as { scode: number }).scode).toBe(0);
    });
  });

  it('answers HTTP 401 when the mirror setting is on too', async () => {
    const { api } = createTestApp({ dialects: [vsphereDialect], settings: { vsphere: { token: 's3cret', mirrorStatus: true } } });
    const res = await api.get('listRootRecentTasks', `${RECENT}?vsphere_uuid=${UUID}`, { Authorization: 'Bearer nope' });
    expect(res.status).toBe(401);
    expect(res.body).toEqual(unauthorized('invalid token'));
  });
});

describe('requests outside the spec still get the envelope, never HTML', () => {
  const { app } = createTestApp({ dialects: [vsphereDialect] });
  it.each([
    { url: '/v1/vsphere/task/host/list', scode: 404 },
    { url: '/v1/vsphere/', scode: 404 },
    { url: `${ROOT}?vsphere_uuid=%E0%A4%A`, scode: 400 },
  ])('$url → scode $scode', async ({ url, scode }) => {
    const res = await request(app).get(url);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body).toMatchObject({ scode, stack: null, data: null });
    expect(Object.keys(res.body as object)).toEqual(['scode', 'desc', 'message', 'message_cn', 'stack', 'data']);
  });
});

describe('renderError', () => {
  const state = { settings: readSettings({ mirrorStatus: true }) } as VsphereState;
  const ctx = { op: undefined, state, headers: {}, url: '/v1/vsphere/task/root/list', rng: { next: () => 0 } } as never;

  it.each(Object.keys(ERROR_RULES) as MockErrorKind[])('renders %s with a documented scode and no internals', (kind) => {
    const reply = renderError(new MockError(kind, 'at Object.<anonymous> (/secret/path.ts:1:1)'), ctx);
    expect([400, 401, 404, 500]).toContain(reply.status);
    expect((reply.body as { scode: number }).scode).toBe(reply.status);
    if (reply.status === 500) expect(JSON.stringify(reply.body)).not.toContain('/secret/path');
  });
});

describe('readSettings', () => {
  it.each([{ token: '' }, { token: 5 }, { mirrorStatus: 'yes' }, { vsphereUuid: 7 }, { recentMinutes: -1 }])('refuses %p at start-up', (raw) => {
    expect(() => readSettings(raw)).toThrow(/vsphere setting/);
  });

  it('reads the defaults', () => {
    expect(readSettings({})).toEqual({ vsphereUuid: UUID, token: undefined, mirrorStatus: false, recentWindowMs: 600_000 });
  });
});
