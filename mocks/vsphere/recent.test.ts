import type { TaskItem } from './types';
import { missingFields } from './test-support/task-fields';
import { BASE, CLUSTER, docExample, expectedRecent, keys, under, UUID, vsphereTestApp } from './test-support/vsphere-api';

const { api, clock, recent, everyTask } = vsphereTestApp();
const START = clock.now();

let all: TaskItem[];
beforeAll(async () => {
  all = await everyTask();
});
afterEach(() => clock.set(START));

describe('GET /v1/vsphere/task/root_recent/list', () => {
  it('answers queued, running and the last 10 minutes of finished tasks, newest first, as a bare array', async () => {
    const tasks = await recent();
    expect(keys(tasks)).toEqual(expectedRecent(all, START));
    expect(tasks.map((t) => t.status)).toEqual(expect.arrayContaining(['queued', 'running', 'success']));
    expect(keys(tasks)).toContain('task-3276');
  });

  it("answers the document's example request at the data set's now with every occasional task field (generate/recent-scene.ts)", async () => {
    const tasks = await recent(`&cluster_uuid=${CLUSTER}`);
    expect(missingFields(tasks)).toEqual([]);
  });

  it("answers the document's example request at the document's own time with exactly its body", async () => {
    clock.set(Date.parse('2021-08-30T11:41:30Z'));
    const res = await api.get('listRootRecentTasks', `${BASE}/root_recent/list?vsphere_uuid=${UUID}&cluster_uuid=${CLUSTER}`);
    expect(res.body).toEqual(docExample('listRootRecentTasks.200.seed.json'));
  });

  it('moves the 10-minute window with the clock', async () => {
    const done3276 = Date.parse('2021-08-31T08:18:02.790999Z');
    clock.set(done3276 + 600_000 - 1_000);
    expect(keys(await recent())).toContain('task-3276');
    clock.advance(2_000);
    const later = await recent();
    expect(keys(later)).not.toContain('task-3276');
    expect(keys(later)).toEqual(expectedRecent(all, clock.now()));
    // The data set's queued and running tasks run on under the clock (infer-run.ts): a day
    // later they have long finished and left the window, like every other task.
    clock.advance(24 * 3600_000);
    expect(await recent()).toEqual([]);
  });

  it('narrows to the entities under a datacenter reference', async () => {
    const tasks = await recent('&reference=Datacenter:datacenter-2');
    const scope = under('Datacenter:datacenter-2');
    expect(keys(tasks)).toEqual(expectedRecent(all, START).filter((key) => scope.has(all.find((t) => t.key === key)?.entity ?? '')));
    expect(keys(tasks)).not.toContain('task-3276');
  });

  it('filters and pages the recent tasks like the other lists', async () => {
    const full = await recent();
    expect(keys(await recent('&page_num=1&page_size=2'))).toEqual(keys(full).slice(2, 4));
    expect(await recent('&page_num=50&page_size=2')).toEqual([]);
    expect(keys(await recent('&filter_name=datacenters'))).toEqual(['task-3276']);
  });

  it('holds at most 200 tasks (the vCenter limit)', async () => {
    const wide = vsphereTestApp({ recentMinutes: 10 * 24 * 60 });
    expect(keys(await wide.recent())).toEqual(keys(all).slice(0, 200));
  });
});
