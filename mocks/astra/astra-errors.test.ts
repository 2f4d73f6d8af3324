import request from 'supertest';
import { createTestApp } from '../../src/testing/create-test-app';
import { DEMO_ACCOUNT_ID, DEMO_TOKEN, SECOND_TOKEN } from './accounts';
import { encodeContinue } from './paging';
import { astraDialect } from './index';

const BASE = `/accounts/${DEMO_ACCOUNT_ID}/core/v1/tasks`;
const AUTH = { authorization: `Bearer ${DEMO_TOKEN}` };

interface Problem {
  type: string;
  title: string;
  detail: string;
  status: string;
  correlationID: string;
  invalidParams?: { name: string; reason: string }[];
}

const { app, api } = createTestApp({ dialects: [astraDialect] });
const q = (value: string) => encodeURIComponent(value);

/** Requests through the spec-checked client and checks the Astra problem envelope. */
async function problem(url: string, headers: Record<string, string>, status: number, n: number): Promise<Problem> {
  const res = await api.get('listAstraTasks', url, headers);
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toBe('application/problem+json');
  const body = res.body as Problem;
  expect(body).toEqual(expect.objectContaining({ type: `https://astra.netapp.io/problems/${n}`, status: String(status) }));
  expect(body.correlationID).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  return body;
}

describe('astra credentials and account (decisions.md "Astra")', () => {
  it('answers a request without a bearer token with 401 problem 3 (before looking at parameters)', async () => {
    const body = await problem(`${BASE}?limit=0&sort=x`, {}, 401, 3);
    expect(body.title).toBe('Missing bearer token');
    await problem(BASE, { authorization: 'Basic YXBpdXNlcjp0YXNrbW9jaw==' }, 401, 3);
    await problem(BASE, { authorization: 'Bearer ' }, 401, 3);
  });

  it('answers an unknown token with 401 problem 4', async () => {
    const body = await problem(BASE, { authorization: 'Bearer nope' }, 401, 4);
    expect(body.title).toBe('Invalid bearer token');
  });

  it("answers another account's token with 403 problem 11", async () => {
    const body = await problem(BASE, { authorization: `Bearer ${SECOND_TOKEN}` }, 403, 11);
    expect(body.title).toBe('Operation not permitted');
  });

  it('answers a well-formed unknown account with 404 problem 2', async () => {
    const body = await problem('/accounts/11111111-2222-4333-8444-555555555555/core/v1/tasks', AUTH, 404, 2);
    expect(body.title).toBe('Collection not found');
  });

  it('answers a malformed account id with 400 problem 5 naming account_id', async () => {
    const body = await problem('/accounts/my-account/core/v1/tasks', AUTH, 400, 5);
    expect(body.invalidParams).toEqual([{ name: 'account_id', reason: "Value 'my-account' is not a UUIDv4, UUIDv5 or nil UUID." }]);
    await problem(`/accounts/${DEMO_ACCOUNT_ID.toUpperCase()}/core/v1/tasks`, AUTH, 400, 5);
  });

  it('gives each problem its own correlationID', async () => {
    const a = await problem(BASE, {}, 401, 3);
    const b = await problem(BASE, {}, 401, 3);
    expect(a.correlationID).not.toBe(b.correlationID);
  });
});

describe('astra bad parameters: 400 problem 5 with invalidParams', () => {
  const otherToken = encodeContinue(20, 'ffffffff');
  it.each([
    { query: 'limit=0', name: 'limit', reason: "Value '0' does not match the pattern ^([1-9][0-9]*)$." },
    { query: 'limit=ten', name: 'limit', reason: /does not match the pattern/ },
    { query: 'limit=1&limit=2', name: 'limit', reason: "Query parameter 'limit' may be given only once." },
    { query: 'include=owner', name: 'include', reason: "Unknown field 'owner'." },
    { query: 'include=id,,name', name: 'include', reason: /does not match the pattern/ },
    { query: `filter=${q("state ne 'failed'")}`, name: 'filter', reason: `Value "state ne 'failed'" is not a list of <field> <op> '<value>' conditions with op one of eq, lt, gt, lte, gte, in.` },
    { query: `filter=${q("state eq 'failed'")}&filter=${q('state eq failed')}`, name: 'filter', reason: /^Value "state eq failed" is not a list/ },
    { query: `filter=${q("owner eq 'me'")}`, name: 'filter', reason: "Unknown field 'owner'." },
    { query: `filter=${q("state[*] eq 'x'")}`, name: 'filter', reason: /not an array/ },
    { query: 'filter=', name: 'filter', reason: /is not a list/ },
    { query: `continue=${q(otherToken)}`, name: 'continue', reason: /not a continue token of this listing/ },
    { query: 'continue=not-base64!', name: 'continue', reason: /does not match the pattern/ },
    { query: 'orderBy=owner', name: 'orderBy', reason: /Unknown field 'owner'/ },
    { query: `orderBy=${q('name asc')}`, name: 'orderBy', reason: /does not match the pattern/ },
    { query: 'skip=0', name: 'skip', reason: /does not match the pattern/ },
    { query: 'count=false', name: 'count', reason: "Value 'false' does not match the pattern ^true$." },
  ])('$query → $name', async ({ query, name, reason }) => {
    const body = await problem(`${BASE}?${query}`, AUTH, 400, 5);
    expect(body.title).toBe('Invalid query parameters');
    expect(body.invalidParams).toHaveLength(1);
    expect(body.invalidParams?.[0]?.name).toBe(name);
    expect(body.invalidParams?.[0]?.reason).toEqual(typeof reason === 'string' ? reason : expect.stringMatching(reason));
  });

  it('refuses a continue token of another filter', async () => {
    const first = await api.get('listAstraTasks', `${BASE}?limit=2&filter=${q("state eq 'completed'")}`, AUTH);
    const token = (first.body as { metadata: { continue: string } }).metadata.continue;
    const body = await problem(`${BASE}?limit=2&filter=${q("state eq 'failed'")}&continue=${q(token)}`, AUTH, 400, 5);
    expect(body.invalidParams?.[0]?.name).toBe('continue');
  });

  it('names every undeclared query parameter with 400 problem 6', async () => {
    const body = await problem(`${BASE}?sort=name&limit=2&page=3`, AUTH, 400, 6);
    expect(body.title).toBe('Query parameters not supported');
    expect(body.invalidParams).toEqual([
      { name: 'sort', reason: "Query parameter 'sort' isn't supported for this endpoint." },
      { name: 'page', reason: "Query parameter 'page' isn't supported for this endpoint." },
    ]);
  });
});

describe('astra content negotiation', () => {
  it.each(['application/xml', 'text/html', 'application/astra-task+json', 'application/json;q=0'])('answers Accept %s with 406 problem 32', async (accept) => {
    const body = await problem(BASE, { ...AUTH, accept }, 406, 32);
    expect(body.title).toBe('Unsupported content type');
  });

  it('checks credentials before Accept, and Accept before parameters', async () => {
    await problem(BASE, { accept: 'application/xml' }, 401, 3);
    await problem(`${BASE}?limit=0`, { ...AUTH, accept: 'application/xml' }, 406, 32);
  });
});

describe('astra outside the documented operation', () => {
  it.each([
    ['get', `${BASE}/ae1e6561-9e22-406c-8a5a-762f4604da00`],
    ['get', `/accounts/${DEMO_ACCOUNT_ID}/core/v1/apps`],
    ['post', BASE],
  ] as const)('answers %s %s with a 404 problem 2, never HTML', async (method, url) => {
    const res = await request(app)[method](url).set(AUTH);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(res.body).toEqual(expect.objectContaining({ type: 'https://astra.netapp.io/problems/2', status: '404', title: 'Collection not found' }));
  });

  it('answers a malformed percent-encoding in the account id with a problem, never HTML', async () => {
    const res = await request(app).get('/accounts/%E0%A4%A/core/v1/tasks').set(AUTH);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(res.body).toEqual(expect.objectContaining({ type: 'https://astra.netapp.io/problems/5', status: '400' }));
  });
});
