import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { packageRoot } from '../../src/package-root';
import { createTestApp } from '../../src/testing/create-test-app';
import { velostrataDialect } from './index';

/**
 * `GET /velostrata/api/v42/tasks` over HTTP through the spec-checked client: every response
 * must be one the spec documents (status, headers, content type, body).
 */
const URL = '/velostrata/api/v42/tasks';
const basic = (user: string, password: string) => ({ Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` });
const DEMO = basic('apiuser', 'taskmock');
const ACTIVE = new Set(['Running', 'Failing', 'Cancelling']);

interface Task {
  id?: { value?: string };
  state?: string;
  startTime?: string;
}
interface Page {
  number: number;
  numberOfElements: number;
  totalElements: number;
  totalPages: number;
  _type: string;
  content: Task[];
}

const fixtureFile = path.join(packageRoot(), 'fixtures', 'velostrata', 'tasks.ndjson');
const fixtureLines = fs.readFileSync(fixtureFile, 'utf8').split('\n').filter((line) => line !== '');
const fixtureTasks = fixtureLines.map((line) => JSON.parse(line) as Task);
const seedPage = JSON.parse(
  fs.readFileSync(path.join(packageRoot(), 'fixtures', 'doc-examples', 'velostrata', 'getActiveTasks.200.seed.json'), 'utf8'),
) as Page;

describe('getActiveTasks on the default data set', () => {
  const { app, api } = createTestApp({ dialects: [velostrataDialect] });

  it('answers the default request with exactly the active tasks of the store, as one page', async () => {
    const res = await api.get('getActiveTasks', URL, DEMO);
    expect(res.status).toBe(200);
    const page = res.body as Page;
    const expected = fixtureLines.filter((line) => ACTIVE.has((JSON.parse(line) as Task).state ?? ''));
    expect(page.content.map((t) => JSON.stringify(t)).sort()).toEqual([...expected].sort());
    expect(page).toMatchObject({ number: 0, numberOfElements: expected.length, totalElements: expected.length, totalPages: 1 });
    expect(page._type).toBe('TaskDescriptionPage');
  });

  it('holds about 15 to 30 active tasks of every active state, among finished ones it leaves out', async () => {
    const page = (await api.get('getActiveTasks', URL, DEMO)).body as Page;
    expect(page.content.length).toBeGreaterThanOrEqual(15);
    expect(page.content.length).toBeLessThanOrEqual(30);
    expect(new Set(page.content.map((t) => t.state))).toEqual(ACTIVE);
    expect(new Set(fixtureTasks.map((t) => t.state))).toEqual(new Set([...ACTIVE, 'Succeeded', 'Failed', 'Cancelled']));
  });

  it('lists newest start first, then by task id', async () => {
    const page = (await api.get('getActiveTasks', URL, DEMO)).body as Page;
    for (let i = 1; i < page.content.length; i += 1) {
      const [before, after] = [page.content[i - 1] as Task, page.content[i] as Task];
      const [a, b] = [Date.parse(before.startTime ?? ''), Date.parse(after.startTime ?? '')];
      expect(a).toBeGreaterThanOrEqual(b);
      if (a === b) expect((before.id?.value ?? '').localeCompare(after.id?.value ?? '', 'en', { numeric: true })).toBeLessThan(0);
    }
  });

  it("returns the seed document's example record for the document's request", async () => {
    const page = (await api.get('getActiveTasks', URL, DEMO)).body as Page;
    expect(page.content).toContainEqual(seedPage.content[0]);
  });

  it('ignores query parameters: the answer is byte for byte the default one', async () => {
    const plain = await api.get('getActiveTasks', URL, DEMO);
    const withQuery = await api.get('getActiveTasks', `${URL}?page=3&size=1&state=Succeeded&filter=x`, DEMO);
    expect(withQuery.status).toBe(200);
    expect(withQuery.text).toBe(plain.text);
  });

  describe('authentication failures answer 401 ErrorInfo with the Basic challenge', () => {
    const cases: [string, Record<string, string>, string][] = [
      ['no credentials', {}, 'Full authentication is required to access this resource'],
      ['a Bearer token', { Authorization: 'Bearer abc' }, 'Full authentication is required to access this resource'],
      ['a wrong password', basic('apiuser', 'nope'), 'Bad credentials'],
      ['a wrong user', basic('root', 'taskmock'), 'Bad credentials'],
      ['a token that is not Base64', { Authorization: 'Basic %%%' }, 'Failed to decode basic authentication token'],
      ['an empty Basic token', { Authorization: 'Basic' }, 'Empty basic authentication token'],
      ['a token without a colon', { Authorization: `Basic ${Buffer.from('apiuser').toString('base64')}` }, 'Invalid basic authentication token'],
    ];
    it.each(cases)('%s', async (_title, headers, message) => {
      const res = await api.get('getActiveTasks', `${URL}?x=1`, headers);
      expect(res.status).toBe(401);
      expect(res.headers['www-authenticate']).toBe('Basic realm="Velostrata"');
      expect(res.body).toEqual({ errorCode: 'Unauthorized', url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/velostrata\/api\/v42\/tasks$/), message });
    });
  });

  describe('unknown routes under /velostrata/ answer a 404 ErrorInfo, never HTML', () => {
    it.each([
      ['get', '/velostrata/api/v42/tasks/t-1/subtasks'],
      ['get', '/velostrata/api/v25/tasks'],
      ['get', '/velostrata/'],
      ['post', URL],
      ['put', '/velostrata/api/v42/tasks/t-1'],
    ] as const)('%s %s', async (method, url) => {
      const res = await request(app)[method](url).set(DEMO);
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.body).toEqual({ errorCode: 'NotFound', url: expect.stringContaining(url.split('?')[0] ?? ''), message: expect.any(String) });
    });
  });
});

describe('getActiveTasks with credentials from the settings', () => {
  const { api } = createTestApp({ dialects: [velostrataDialect], settings: { velostrata: { username: 'ops', password: 's3cret:x' } } });

  it('accepts the configured user', async () => {
    expect((await api.get('getActiveTasks', URL, basic('ops', 's3cret:x'))).status).toBe(200);
  });

  it('rejects the demo credentials', async () => {
    const res = await api.get('getActiveTasks', URL, DEMO);
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ message: 'Bad credentials' });
  });
});

describe('getActiveTasks with no active task', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'velostrata-'));
  fs.mkdirSync(path.join(dataDir, 'velostrata'));
  fs.writeFileSync(path.join(dataDir, 'manifest.json'), JSON.stringify({ seed: 1, now: '2021-08-31T08:20:00.000Z', counts: {} }));
  const finished = fixtureLines.filter((line) => !ACTIVE.has((JSON.parse(line) as Task).state ?? ''));
  fs.writeFileSync(path.join(dataDir, 'velostrata', 'tasks.ndjson'), `${finished.join('\n')}\n`);
  const { api } = createTestApp({ dialects: [velostrataDialect], dataDir });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('answers an empty page with totalPages 0', async () => {
    const res = await api.get('getActiveTasks', URL, DEMO);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ number: 0, numberOfElements: 0, totalElements: 0, totalPages: 0, _type: 'TaskDescriptionPage', content: [] });
  });
});
