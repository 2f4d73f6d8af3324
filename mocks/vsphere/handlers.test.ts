import { ROOT_FOLDER } from './inventory-tree';
import { missingFields } from './test-support/task-fields';
import type { TaskItem } from './types';
import { BASE, byNewest, CLUSTER, docExample, keys, under, UUID, vsphereTestApp } from './test-support/vsphere-api';

const { page, everyTask } = vsphereTestApp();

let all: TaskItem[];
beforeAll(async () => {
  all = await everyTask();
});

describe('GET /v1/vsphere/task/root/list', () => {
  it('answers the default request with the ten newest tasks, both document tasks among them', async () => {
    const body = await page(`${BASE}/root/list?vsphere_uuid=${UUID}&page_num=0&page_size=10`);
    expect(body.data.total_count).toBe(305);
    expect(keys(body.data.list)).toEqual(keys(all).slice(0, 10));
    expect(keys(body.data.list)).toEqual(expect.arrayContaining(['task-3276', 'task-3247']));
  });

  it("answers the document's example request with its task-3247 exactly as printed", async () => {
    const printed = docExample('listRootTasks.200.seed.json').data as { list: TaskItem[] };
    const body = await page(`${BASE}/root/list?vsphere_uuid=${UUID}&page_num=0&page_size=10&filter_name=&cluster_uuid=${CLUSTER}`);
    expect(body.data.list.find((t) => t.key === 'task-3247')).toEqual(printed.list[0]);
  });

  it('lists every task newest first: create_time desc, then key desc', () => {
    expect(all).toHaveLength(305);
    expect(keys(all)).toEqual(keys([...all].sort(byNewest)));
  });

  it.each([1, 7, 10, 50, 305, 400])('walks all pages of %i: every task once, totals agree, then empty pages', async (size) => {
    const seen: string[] = [];
    const pages = Math.ceil(305 / size);
    for (let n = 0; n <= pages; n += 1) {
      const body = await page(`${BASE}/root/list?vsphere_uuid=${UUID}&page_num=${n}&page_size=${size}`);
      expect(body.data.total_count).toBe(305);
      const expectedLength = n < pages - 1 ? size : n === pages - 1 ? 305 - size * (pages - 1) : 0;
      expect(body.data.list).toHaveLength(expectedLength);
      seen.push(...keys(body.data.list));
    }
    expect(seen).toEqual(keys(all));
  });

  it('answers everything for page_size 0 or absent, whatever page_num says', async () => {
    expect(keys((await page(`${BASE}/root/list?vsphere_uuid=${UUID}&page_num=3&page_size=0`)).data.list)).toEqual(keys(all));
    expect(keys((await page(`${BASE}/root/list?vsphere_uuid=${UUID}&page_size=`)).data.list)).toEqual(keys(all));
  });

  it.each(['克隆', '虚拟机', 'activedirectory', 'ActiveDirectory', 'STABILITY', '10.30.12.21', 'SetScreen', 'Datacenters', 'no such task'])(
    'filter_name=%s returns exactly the tasks whose name or target contains it, any case',
    async (filter) => {
      const needle = filter.toLowerCase();
      const expected = all.filter((t) => t.name.toLowerCase().includes(needle) || t.target.toLowerCase().includes(needle));
      const url = `${BASE}/root/list?vsphere_uuid=${UUID}&filter_name=${encodeURIComponent(filter)}&page_size=5`;
      const body = await page(url);
      expect(body.data.total_count).toBe(expected.length);
      expect(keys(body.data.list)).toEqual(keys(expected).slice(0, 5));
    },
  );

  it('accepts an upper-case vsphere_uuid and ignores cluster_uuid', async () => {
    const body = await page(`${BASE}/root/list?vsphere_uuid=${UUID.toUpperCase()}&cluster_uuid=${CLUSTER}&page_size=3`);
    expect(keys(body.data.list)).toEqual(keys(all).slice(0, 3));
  });
});

describe('GET /v1/vsphere/task/resource/list', () => {
  const resource = (reference: string, query = '') =>
    page(`${BASE}/resource/list?vsphere_uuid=${UUID}&reference=${encodeURIComponent(reference)}${query}`, 'listResourceTasks');

  it("answers the document's example request (vm-119) with vm-119's tasks, not the Folder task it prints", async () => {
    const url = `${BASE}/resource/list?vsphere_uuid=${UUID}&page_num=0&reference=VirtualMachine:vm-119&page_size=10&filter_name=&cluster_uuid=${CLUSTER}`;
    const body = await page(url, 'listResourceTasks');
    const expected = all.filter((t) => t.entity === 'VirtualMachine:vm-119');
    expect(body.data.total_count).toBe(expected.length);
    expect(keys(body.data.list)).toEqual(keys(expected).slice(0, 10));
    expect(keys(body.data.list)).not.toContain('task-3276');
    const seed = (docExample('listRootRecentTasks.200.seed.json').data as TaskItem[]).find((t) => t.key === 'task-3074');
    const all119 = (await resource('VirtualMachine:vm-119')).data.list;
    expect(all119.find((t) => t.key === 'task-3074')).toEqual(seed);
  });

  it('shows every occasional task field among the tasks of vm-119, the VM of the document example (generate/recent-scene.ts)', async () => {
    const body = await resource('VirtualMachine:vm-119');
    expect(body.data.list.length).toBeGreaterThan(0);
    expect(missingFields(body.data.list)).toEqual([]);
  });

  it("shows the document's printed Folder:group-d1 task under the root folder, with every task under it", async () => {
    const printed = (docExample('listResourceTasks.200.seed.json').data as { list: TaskItem[] }).list[0];
    const body = await resource(ROOT_FOLDER);
    expect(body.data.list.find((t) => t.key === 'task-3276')).toEqual(printed);
    expect(keys(body.data.list)).toEqual(keys(all));
  });

  it.each([
    'VirtualMachine:vm-664',
    'HostSystem:host-9',
    'HostSystem:host-10',
    'ClusterComputeResource:domain-c7',
    'Datacenter:datacenter-2',
    'Folder:group-v3',
    'Folder:group-v101',
    'Folder:group-h4',
    'Datastore:datastore-10',
    'ResourcePool:resgroup-8',
    'Folder:group-n6',
  ])('%s covers the entity and everything beneath it in the inventory', async (reference) => {
    const scope = under(reference);
    const expected = all.filter((t) => scope.has(t.entity));
    const body = await resource(reference);
    expect(body.data.total_count).toBe(expected.length);
    expect(keys(body.data.list)).toEqual(keys(expected));
  });

  it('pages and filters within the resource', async () => {
    const expected = all.filter((t) => under('HostSystem:host-9').has(t.entity) && t.name.includes('快照'));
    const first = await resource('HostSystem:host-9', '&filter_name=快照&page_num=0&page_size=3');
    const second = await resource('HostSystem:host-9', '&filter_name=快照&page_num=1&page_size=3');
    expect(first.data.total_count).toBe(expected.length);
    expect([...keys(first.data.list), ...keys(second.data.list)]).toEqual(keys(expected).slice(0, 6));
  });
});

