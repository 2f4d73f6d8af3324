import { createTestApp } from '../../src/testing/create-test-app';
import { DEMO_ACCOUNT_ID, DEMO_TOKEN, SECOND_ACCOUNT_ID, SECOND_TOKEN } from './accounts';
import type { AstraTask } from './astra-task';
import { astraDialect } from './index';

const BASE = `/accounts/${DEMO_ACCOUNT_ID}/core/v1/tasks`;
const AUTH = { authorization: `Bearer ${DEMO_TOKEN}` };

interface TaskList {
  type: string;
  version: string;
  items: AstraTask[];
  metadata: { continue?: string; count?: number; labels: unknown[]; creationTimestamp: string };
}

const { api } = createTestApp({ dialects: [astraDialect] });
const list = async (query = '', headers: Record<string, string> = AUTH) => {
  const res = await api.get('listAstraTasks', `${BASE}${query}`, headers);
  expect(res.status).toBe(200);
  return res.body as TaskList;
};
const q = (value: string) => encodeURIComponent(value);

/** Every task of the demo account, in the default order: the reference the other tests compare with. */
let all: AstraTask[] = [];
beforeAll(async () => {
  all = (await list()).items;
});

describe('listAstraTasks: the default and the document requests', () => {
  it('answers the default list request (limit=20) with the first 20 tasks and a continue token', async () => {
    const res = await api.get('listAstraTasks', `${BASE}?limit=20`, AUTH);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const body = res.body as TaskList;
    expect(body.type).toBe('application/astra-tasks');
    expect(body.version).toBe('1.1');
    expect(body.items.map((t) => t.id)).toEqual(all.slice(0, 20).map((t) => t.id));
    expect(body.metadata.continue).toEqual(expect.any(String));
    expect(body.metadata.count).toBeUndefined();
    expect(body.metadata.creationTimestamp).toBe('2021-08-31T08:20:00.000Z');
  });

  it("returns the seed's two example tasks verbatim, first (the oldest), as the document shows them", async () => {
    const seed = (await import('../../fixtures/doc-examples/astra/listAstraTasks.200.seed.json')) as unknown as { items: AstraTask[] };
    const body = await list('?limit=2');
    expect(body.items).toEqual(seed.items);
  });

  it('lists only the tasks of the account, in creationTimestamp then id order', () => {
    expect(all.length).toBeGreaterThan(200);
    for (const task of all) expect(task.resourceURI.startsWith(`/accounts/${DEMO_ACCOUNT_ID}/`)).toBe(true);
    for (let i = 1; i < all.length; i += 1) {
      const [a, b] = [all[i - 1] as AstraTask, all[i] as AstraTask];
      const key = (t: AstraTask) => `${t.metadata.creationTimestamp} ${t.id}`;
      expect(key(a) < key(b)).toBe(true);
    }
  });

  it("lists the second account's tasks with its own token", async () => {
    const res = await api.get('listAstraTasks', `/accounts/${SECOND_ACCOUNT_ID}/core/v1/tasks`, { authorization: `Bearer ${SECOND_TOKEN}` });
    const items = (res.body as TaskList).items;
    expect(items.length).toBeGreaterThan(0);
    for (const task of items) expect(task.resourceURI.startsWith(`/accounts/${SECOND_ACCOUNT_ID}/`)).toBe(true);
  });

  it.each([
    { accept: 'application/astra-tasks+json', type: 'application/astra-tasks+json' },
    { accept: '*/*', type: 'application/json' },
    { accept: 'application/json', type: 'application/json' },
    { accept: 'application/*', type: 'application/json' },
  ])('answers Accept $accept with Content-Type $type', async ({ accept, type }) => {
    const res = await api.get('listAstraTasks', `${BASE}?limit=1`, { ...AUTH, accept });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(type);
  });
});

describe('listAstraTasks: paging', () => {
  it.each([1, 7, 20, 100, 500])('walks every page with limit=%i: each task once, in order, counts agree', async (limit) => {
    const seen: string[] = [];
    let query = `?limit=${limit}&count=true`;
    for (let pages = 0; pages < 1000; pages += 1) {
      const body = await list(query);
      expect(body.metadata.count).toBe(all.length);
      expect(body.items.length).toBeLessThanOrEqual(limit);
      seen.push(...body.items.map((t) => t.id));
      if (body.metadata.continue === undefined) break;
      expect(body.items).toHaveLength(limit);
      query = `?limit=${limit}&count=true&continue=${q(body.metadata.continue)}`;
    }
    expect(seen).toEqual(all.map((t) => t.id));
  });

  it('skips, and pages after a skip, with count the total before skip and limit', async () => {
    const first = await list('?skip=5&limit=10&count=true');
    expect(first.items.map((t) => t.id)).toEqual(all.slice(5, 15).map((t) => t.id));
    expect(first.metadata.count).toBe(all.length);
    const next = await list(`?limit=10&continue=${q(first.metadata.continue ?? '')}`);
    expect(next.items.map((t) => t.id)).toEqual(all.slice(15, 25).map((t) => t.id));
  });

  it('answers the last page without a continue token, and a skip past the end with no items', async () => {
    const last = await list(`?skip=${all.length - 3}&limit=10`);
    expect(last.items.map((t) => t.id)).toEqual(all.slice(-3).map((t) => t.id));
    expect(last.metadata.continue).toBeUndefined();
    const beyond = await list(`?skip=${all.length + 50}&limit=10&count=true`);
    expect(beyond.items).toEqual([]);
    expect(beyond.metadata).toEqual(expect.objectContaining({ count: all.length, labels: [] }));
    expect(beyond.metadata.continue).toBeUndefined();
  });

  it("resumes at the spec example's token (limit=2&continue=eyJvZmZzZXQiOjJ9, offset 2)", async () => {
    const body = await list('?limit=2&continue=eyJvZmZzZXQiOjJ9');
    expect(body.items.map((t) => t.id)).toEqual(all.slice(2, 4).map((t) => t.id));
  });

  it('answers everything in one page without limit, with no continue token', async () => {
    const body = await list('?count=true');
    expect(body.items).toHaveLength(all.length);
    expect(body.metadata.continue).toBeUndefined();
  });

  it('pages a filtered, ordered listing with the token of that listing', async () => {
    const filter = `filter=${q("state eq 'completed'")}&orderBy=${q('startTime desc')}`;
    const whole = (await list(`?${filter}`)).items.map((t) => t.id);
    const seen: string[] = [];
    let query = `?${filter}&limit=25`;
    for (;;) {
      const body = await list(query);
      seen.push(...body.items.map((t) => t.id));
      if (!body.metadata.continue) break;
      query = `?${filter}&limit=25&continue=${q(body.metadata.continue)}`;
    }
    expect(seen).toEqual(whole);
    expect(whole.length).toBe(all.filter((t) => t.state === 'completed').length);
  });
});

describe('listAstraTasks: filter (each result compared with the whole list)', () => {
  const user = 'abda967f-cd2c-4237-908e-99266648c553';
  it.each<{ filters: string[]; expected: (t: AstraTask) => boolean }>([
    { filters: ["state eq 'failed'"], expected: (t) => t.state === 'failed' },
    { filters: ["state eq 'running'"], expected: (t) => t.state === 'running' },
    { filters: ["name eq 'astra.backup'"], expected: (t) => t.name === 'astra.backup' },
    { filters: ["state eq 'completed',name eq 'astra.snapshot'"], expected: (t) => t.state === 'completed' && t.name === 'astra.snapshot' },
    { filters: ["state eq 'failed'", "service eq 'nautilus'"], expected: (t) => t.state === 'failed' && t.service === 'nautilus' },
    { filters: ["name in 'backup'"], expected: (t) => t.name.includes('backup') },
    { filters: ["metadata.creationTimestamp gte '2021-08-15T00:00:00Z'"], expected: (t) => t.metadata.creationTimestamp >= '2021-08-15T00:00:00Z' },
    { filters: ["metadata.creationTimestamp lt '2021-07-10'"], expected: (t) => t.metadata.creationTimestamp < '2021-07-10' },
    { filters: ["endTime lte '2021-08-01'"], expected: (t) => t.endTime !== undefined && t.endTime <= '2021-08-01' },
    { filters: ["metadata.createdBy eq '00000000-0000-0000-0000-000000000000'"], expected: (t) => t.metadata.createdBy === '00000000-0000-0000-0000-000000000000' },
    { filters: [`userID eq '${user}'`], expected: (t) => t.userID === user },
    { filters: ["percentDone lt '50'"], expected: (t) => t.percentDone !== undefined && t.percentDone < 50 },
    { filters: ["percentDone gt '99.5'"], expected: (t) => t.percentDone !== undefined && t.percentDone > 99.5 },
    { filters: ["stateDetails[*].title eq 'Snapshot failed'"], expected: (t) => t.stateDetails.some((d) => d.title === 'Snapshot failed') },
    { filters: ["stateDetails.additionalDetails.pvcName eq 'data-mysql-0'"], expected: (t) => t.stateDetails.some((d) => d.additionalDetails?.['pvcName'] === 'data-mysql-0') },
    { filters: ["resourceCollectionURI[*] in '/appBackups/'"], expected: (t) => t.resourceCollectionURI.some((u) => u.includes('/appBackups/')) },
    { filters: ["stateTransitions[*].to[*] eq 'paused'"], expected: (t) => t.stateTransitions.some((s) => s.to.includes('paused')) },
    { filters: ["version eq '1.0'"], expected: (t) => t.version === '1.0' },
    { filters: ["state%20eq%20'cancelled'"], expected: (t) => t.state === 'cancelled' },
    { filters: ["name eq 'no,such'"], expected: () => false },
  ])('$filters', async ({ filters, expected }) => {
    const query = filters.map((f) => `filter=${q(f)}`).join('&');
    const body = await list(`?${query}&count=true`);
    const want = all.filter(expected).map((t) => t.id);
    expect(body.items.map((t) => t.id)).toEqual(want);
    expect(body.metadata.count).toBe(want.length);
    // The data set makes each case select some tasks but not all (except the no-match case).
    expect(want.length < all.length && (want.length > 0 || filters[0]?.includes('no,such'))).toBe(true);
  });

  it('finds the subtasks of a parent by parentTaskID', async () => {
    const parent = all.find((t) => t.name === 'astra.backup' && t.state === 'completed' && all.some((c) => c.parentTaskID === t.id)) as AstraTask;
    const body = await list(`?filter=${q(`parentTaskID eq '${parent.id}'`)}`);
    expect(body.items.map((t) => t.name)).toEqual(['astra.backup.prep', 'astra.backup.transfer']);
    expect(body.items.map((t) => t.orderHint)).toEqual([0, 1]);
  });

  it('finds failed tasks with their stateDetails', async () => {
    const body = await list(`?filter=${q("state eq 'failed'")}`);
    expect(body.items.length).toBeGreaterThan(0);
    for (const task of body.items) expect(task.stateDetails[0]).toEqual(expect.objectContaining({ type: expect.any(String), title: expect.any(String), detail: expect.any(String) }));
  });
});

describe('listAstraTasks: include and orderBy', () => {
  it('turns each item into the named fields, in the order named, null where a task lacks one', async () => {
    const body = (await list('?include=id,name,state,endTime&limit=30')) as unknown as { items: unknown[][] };
    expect(body.items).toEqual(all.slice(0, 30).map((t) => [t.id, t.name, t.state, t.endTime ?? null]));
  });

  it('combines include with filter and paging', async () => {
    const body = (await list(`?include=state,id&filter=${q("state eq 'running'")}&limit=3`)) as unknown as { items: unknown[][] };
    expect(body.items).toEqual(all.filter((t) => t.state === 'running').slice(0, 3).map((t) => [t.state, t.id]));
  });

  it.each([
    { orderBy: 'name', key: (t: AstraTask) => t.name, desc: false },
    { orderBy: 'name desc', key: (t: AstraTask) => t.name, desc: true },
    { orderBy: 'startTime', key: (t: AstraTask) => t.startTime, desc: false },
    { orderBy: 'percentDone desc', key: (t: AstraTask) => t.percentDone, desc: true },
  ])('orders by $orderBy, ties by id', async ({ orderBy, key, desc }) => {
    const body = await list(`?orderBy=${q(orderBy)}`);
    const cmp = (a: AstraTask, b: AstraTask): number => {
      const [ka, kb] = [key(a), key(b)];
      if (ka !== kb) return ka === undefined ? 1 : kb === undefined ? -1 : ka < kb ? -1 : 1;
      return a.id < b.id ? -1 : 1;
    };
    const want = [...all].sort((a, b) => (desc ? -cmp(a, b) : cmp(a, b))).map((t) => t.id);
    expect(body.items.map((t) => t.id)).toEqual(want);
  });
});

describe('listAstraTasks: settings', () => {
  it('takes its tokens and extra accounts from settings', async () => {
    const other = '11111111-2222-4333-8444-555555555555';
    const custom = createTestApp({ dialects: [astraDialect], settings: { astra: { tokens: { 'my-token': other }, accounts: [DEMO_ACCOUNT_ID] } } });
    const empty = await custom.api.get('listAstraTasks', `/accounts/${other}/core/v1/tasks`, { authorization: 'Bearer my-token' });
    expect(empty.status).toBe(200);
    expect((empty.body as TaskList).items).toEqual([]);
    const demo = await custom.api.get('listAstraTasks', `${BASE}?limit=1`, { authorization: 'Bearer my-token' });
    expect(demo.status).toBe(403);
    const old = await custom.api.get('listAstraTasks', `${BASE}?limit=1`, AUTH);
    expect(old.status).toBe(401);
  });

  it('refuses settings that are not {token: accountId}', () => {
    expect(() => createTestApp({ dialects: [astraDialect], settings: { astra: { tokens: { t: 'not-an-id' } } } })).toThrow(/astra settings/);
  });
});
