import fs from 'node:fs';
import path from 'node:path';
import { OTHER_PROJECT_ID } from './generate/fleet';
import { AUTH, cbrTestApp, committedTasks, epochOf, LIST, type ListBody } from './test-support/cbr-test-app';
import type { OperationLog } from './operation-log';
import { DEMO_PROJECT_ID } from './vocabulary';

const { api } = cbrTestApp();
const list = async (query = ''): Promise<ListBody> => {
  const res = await api.get('listOpLogs', `${LIST}${query}`, AUTH);
  expect(res.status).toBe(200);
  return res.body as ListBody;
};
const ids = (tasks: readonly OperationLog[]): string[] => tasks.map((t) => t.id);
const demoTasks = committedTasks().filter((t) => t.project_id === DEMO_PROJECT_ID);

/** The expected answer order, computed independently: created_at descending, then id ascending. */
const byAnswerOrder = (a: OperationLog, b: OperationLog): number =>
  epochOf(b.created_at) - epochOf(a.created_at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe('CBR ListOpLogs: default and document requests', () => {
  it('answers the default list request (limit=20) with the 20 newest tasks, the total count and the echoed paging', async () => {
    const res = await api.get('listOpLogs', `${LIST}?limit=20`, AUTH);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json;charset=UTF-8');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f]{32}$/);
    const body = res.body as ListBody;
    expect(body.count).toBe(demoTasks.length);
    expect(body.limit).toBe(20);
    expect(body.offset).toBe(0);
    expect(ids(body.operation_logs)).toEqual(ids([...demoTasks].sort(byAnswerOrder).slice(0, 20)));
  });

  it("returns the seed document's example task verbatim for the document's request (no query)", async () => {
    const seed = JSON.parse(
      fs.readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'doc-examples', 'cbr', 'listOpLogs.200.seed.json'), 'utf8'),
    ) as { operation_logs: OperationLog[] };
    const body = await list();
    expect(body.limit).toBe(1000);
    expect(body.offset).toBe(0);
    const expected = seed.operation_logs[0] as OperationLog;
    expect(body.operation_logs.find((t) => t.id === expected.id)).toEqual(expected);
  });

  it('lists every task of the project, newest first, when the whole set fits in one default page', async () => {
    expect(demoTasks.length).toBeLessThanOrEqual(1000);
    const body = await list();
    expect(body.count).toBe(demoTasks.length);
    expect(ids(body.operation_logs)).toEqual(ids([...demoTasks].sort(byAnswerOrder)));
  });

  it("serves every loaded task at the data set's moment exactly as its record reads, open ones rendered from their runs", async () => {
    const open = demoTasks.filter((t) => t.status === 'running' || t.status === 'waiting');
    expect(open.length).toBeGreaterThan(5);
    const body = await list();
    expect(body.operation_logs.map((t) => JSON.stringify(t))).toEqual([...demoTasks].sort(byAnswerOrder).map((t) => JSON.stringify(t)));
  });

  it("keeps each project's tasks to itself", async () => {
    const others = committedTasks().filter((t) => t.project_id === OTHER_PROJECT_ID);
    expect(others.length).toBeGreaterThan(0);
    const demo = await list();
    expect(demo.operation_logs.every((t) => t.project_id === DEMO_PROJECT_ID)).toBe(true);
    const res = await api.get('listOpLogs', `/v3/${OTHER_PROJECT_ID}/operation-logs`, AUTH);
    const other = res.body as ListBody;
    expect(other.count).toBe(others.length);
    expect(ids(other.operation_logs)).toEqual(ids([...others].sort(byAnswerOrder)));
  });

  it('ignores query parameters the operation does not declare, as Huawei APIs do', async () => {
    const plain = await list('?limit=5');
    const extra = await list('?limit=5&marker=abc&sort=created_at:asc');
    expect(ids(extra.operation_logs)).toEqual(ids(plain.operation_logs));
  });
});

describe('CBR ListOpLogs: paging', () => {
  it.each([1, 7, 50, 1000])('walks every page of limit %i: each task exactly once, in order, totals agreeing', async (limit) => {
    const all = ids([...demoTasks].sort(byAnswerOrder));
    const seen: string[] = [];
    for (let offset = 0; offset < all.length; offset += limit) {
      const page = await list(`?limit=${limit}&offset=${offset}`);
      expect(page.count).toBe(all.length);
      expect(page.limit).toBe(limit);
      expect(page.offset).toBe(offset);
      expect(page.operation_logs.length).toBe(Math.min(limit, all.length - offset));
      seen.push(...ids(page.operation_logs));
    }
    expect(seen).toEqual(all);
  });

  it.each([
    ['at the end', 0],
    ['past the end', 25],
  ])('answers an empty page %s with the true count', async (_label, beyond) => {
    const offset = demoTasks.length + beyond;
    const page = await list(`?limit=10&offset=${offset}`);
    expect(page).toEqual({ operation_logs: [], count: demoTasks.length, limit: 10, offset });
  });

  it('pages the filtered set, not the whole project', async () => {
    const failed = [...demoTasks].filter((t) => t.status === 'failed').sort(byAnswerOrder);
    const page = await list('?status=failed&limit=3&offset=2');
    expect(page.count).toBe(failed.length);
    expect(ids(page.operation_logs)).toEqual(ids(failed.slice(2, 5)));
  });
});
