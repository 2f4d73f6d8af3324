import { snapserviceApp, expectedTasks, fixtureTasks, queryOf, LIST, PG, TASKS_PATH, type ExpectedFilter } from './test-support/snapservice-test-app';
import type { ListItem } from './list-item';

const all = fixtureTasks();
const SNAPSHOTS = `${PG}.snapshots`;
const CLUSTERS = 'com.vmware.snapservice.clusters';
const ADMIN_USER = 'VSPHERE.LOCAL\\Administrator';

interface ListBody {
  readonly items: readonly ListItem[];
}

async function setup() {
  const app = snapserviceApp();
  return { ...app, headers: await app.login() };
}

describe('snapservice task list', () => {
  it('answers the default request (decisions.md) with a few dozen failed protection-group tasks', async () => {
    const { api, validators, headers } = await setup();
    const url = validators.operation(LIST).defaultRequest;
    expect(url).toBe(`${TASKS_PATH}?services=${PG}&status=FAILED`);
    const res = await api.get(LIST, url ?? '', headers);
    expect(res.status).toBe(200);
    const { items } = res.body as ListBody;
    expect(items.length).toBeGreaterThanOrEqual(5);
    expect(items.length).toBeLessThanOrEqual(40);
    expect(items).toEqual(expectedTasks(all, { services: [PG], status: ['FAILED'] }));
    for (const item of items) expect(item.info.error).toBeDefined();
  });

  it('answers 500 RESOURCE_INACCESSIBLE, never a partial list, when more than 1000 tasks match', async () => {
    const { api, headers } = await setup();
    expect(expectedTasks(all, { services: [PG] }).length).toBeGreaterThan(1000);
    const res = await api.get(LIST, `${TASKS_PATH}?services=${PG}`, headers);
    expect(res.status).toBe(500);
    expect(res.body).not.toHaveProperty('items');
    expect(res.body).toEqual({
      error_type: 'RESOURCE_INACCESSIBLE',
      messages: [
        {
          id: 'com.vmware.snapservice.tasks.list.limit_exceeded',
          default_message: 'More than 1000 tasks match the filter. Narrow the filter and try again.',
          args: ['1000'],
          params: { limit: { i: 1000 } },
        },
      ],
    });
  });

  const someIds = [all[3]?.task, all[500]?.task, all[1299]?.task].filter((id): id is string => id !== undefined);
  const cases: readonly (readonly [string, ExpectedFilter])[] = [
    ['one small service', { services: [SNAPSHOTS] }],
    ['several services', { services: [CLUSTERS, 'com.vmware.snapservice.info.appliance', 'com.vmware.snapservice.info.certificates'] }],
    ['the busiest service narrowed by operation (under the cap)', { services: [PG], operations: ['snapshot'] }],
    ['several operations', { services: [PG], operations: ['create', 'delete'] }],
    ['several statuses', { services: [PG, SNAPSHOTS], status: ['PENDING', 'RUNNING', 'BLOCKED'] }],
    ['one user (system tasks never match)', { services: [PG], users: [ADMIN_USER] }],
    ['several users', { services: [SNAPSHOTS, CLUSTERS], users: ['CORP.EXAMPLE\\jdoe', 'VSPHERE.LOCAL\\backup-admin'] }],
    ['task identifiers alone', { tasks: someIds }],
    ['task identifiers and a service (both must hold)', { tasks: someIds, services: [PG] }],
    ['every filter at once', { services: [PG], operations: ['snapshot', 'update'], status: ['SUCCEEDED'], users: [ADMIN_USER] }],
    ['an unknown task identifier', { tasks: ['00000000-0000-4000-8000-000000000000:com.vmware.snapservice'] }],
    ['an unknown service', { services: ['com.vmware.snapservice.nothing'] }],
    ['the busiest service with its neighbour (over the cap)', { services: [PG, SNAPSHOTS] }],
  ];

  it.each(cases)('filters by %s: exactly the matching tasks, in list order', async (_title, filter) => {
    const { api, headers } = await setup();
    const expected = expectedTasks(all, filter);
    const res = await api.get(LIST, `${TASKS_PATH}${queryOf(filter)}`, headers);
    if (expected.length > 1000) {
      expect(res.status).toBe(500);
      return;
    }
    expect(res.status).toBe(200);
    expect((res.body as ListBody).items).toEqual(expected);
  });

  it('the filter cases are not trivial: most return some tasks', () => {
    const sizes = cases.map(([, filter]) => expectedTasks(all, filter).length);
    expect(sizes.filter((n) => n > 0 && n <= 1000).length).toBeGreaterThanOrEqual(9);
  });

  it.each([
    ['status', `services=${PG}&status=RUNNING,FAILED`, `services=${PG}&status=RUNNING&status=FAILED`],
    ['services', `services=${SNAPSHOTS},${CLUSTERS}`, `services=${SNAPSHOTS}&services=${CLUSTERS}`],
    ['operations', `services=${PG}&operations=create,pause`, `services=${PG}&operations=create&operations=pause`],
    ['users', `services=${SNAPSHOTS}&users=${encodeURIComponent('CORP.EXAMPLE\\jdoe,VSPHERE.LOCAL\\Administrator')}`,
      `services=${SNAPSHOTS}&users=${encodeURIComponent('CORP.EXAMPLE\\jdoe')}&users=${encodeURIComponent(ADMIN_USER)}`],
    ['tasks', `tasks=${someIds.join(',')}`, someIds.map((id) => `tasks=${id}`).join('&')],
    ['a mix of both', `services=${PG}&status=RUNNING,BLOCKED&status=PENDING`, `services=${PG}&status=RUNNING&status=BLOCKED&status=PENDING`],
  ])('takes comma-separated %s like repeated keys', async (_param, commas, repeated) => {
    const { api, headers } = await setup();
    const a = await api.get(LIST, `${TASKS_PATH}?${commas}`, headers);
    const b = await api.get(LIST, `${TASKS_PATH}?${repeated}`, headers);
    expect(a.status).toBe(200);
    expect((a.body as ListBody).items.length).toBeGreaterThan(0);
    expect(a.text).toBe(b.text);
  });

  it('orders tasks not yet started first, then by start_time descending, then by task id', async () => {
    const { api, headers } = await setup();
    const res = await api.get(LIST, `${TASKS_PATH}?services=${PG}&operations=snapshot`, headers);
    const items = (res.body as ListBody).items;
    expect(items[0]?.info.status).toBe('PENDING');
    for (let i = 1; i < items.length; i += 1) {
      const [a, b] = [items[i - 1], items[i]] as [ListItem, ListItem];
      const [sa, sb] = [a.info.start_time ?? '9999', b.info.start_time ?? '9999'];
      expect(sa > sb || (sa === sb && a.task < b.task)).toBe(true);
    }
  });

  it('serves each task exactly as its fixture record', async () => {
    const { api, headers } = await setup();
    const res = await api.get(LIST, `${TASKS_PATH}?services=${CLUSTERS}`, headers);
    const byId = new Map(all.map((t) => [t.task, t]));
    for (const item of (res.body as ListBody).items) expect(item).toEqual(byId.get(item.task));
  });

  it('answers a repeated request the same (built once, then served from the answer cache)', async () => {
    const { api, headers } = await setup();
    const url = `${TASKS_PATH}?services=${PG}&status=FAILED`;
    const first = await api.get(LIST, url, headers);
    const second = await api.get(LIST, url, headers);
    expect(second.text).toBe(first.text);
    expect((await api.get(LIST, url)).status).toBe(401);
  });

  it('ignores query parameters the operation does not declare', async () => {
    const { api, headers } = await setup();
    const plain = await api.get(LIST, `${TASKS_PATH}?services=${CLUSTERS}`, headers);
    const extra = await api.get(LIST, `${TASKS_PATH}?services=${CLUSTERS}&limit=5`, headers);
    expect(extra.text).toBe(plain.text);
  });
});
