import type { Run } from '../../src/state/run';
import type { TaskItem } from './types';
import { BASE, keys, UUID, vsphereTestApp } from './test-support/vsphere-api';

/**
 * A task's life through HTTP (decisions.md, "The admin API": waiting `queued`, running
 * `running` with Progress, then `success`, `error` with Error, or `error` with Cancelled),
 * created and timed through the admin API, read the three ways a client can: by key in
 * `root/list` (the platform has no task URL), in `root_recent/list`, and in `resource/list`
 * of its VM and of a container above it. Every body, vendor and admin, is checked against its
 * spec by the clients.
 */
const { admin, clock, page, recent } = vsphereTestApp();
const START = clock.now();
const VM = 'VirtualMachine:vm-119';
const HOST = 'HostSystem:host-9';
afterEach(async () => {
  await admin.reset();
});

async function create(run: Omit<Run, 'queuedAt' | 'cancelledAt'> & { readonly queuedAt: number }, descriptionId = 'VirtualMachine.createSnapshot'): Promise<string> {
  const created = await admin.createTask<TaskItem>('vsphere', { task: { entity: VM, task: { DescriptionId: descriptionId } }, run: { ...run, queuedAt: new Date(run.queuedAt).toISOString() } });
  expect([created.id, created.task.key, created.tenant]).toEqual([created.task.key, created.id, UUID]);
  return created.id;
}

/** The task as each list shows it (undefined where it is not listed), and the root list's total. */
async function readAll(key: string) {
  const root = (await page(`${BASE}/root/list?vsphere_uuid=${UUID}`)).data;
  const find = (list: readonly TaskItem[]) => list.find((t) => t.key === key);
  const resource = async (reference: string) =>
    find((await page(`${BASE}/resource/list?vsphere_uuid=${UUID}&reference=${encodeURIComponent(reference)}`, 'listResourceTasks')).data.list);
  const fromRoot = find(root.list);
  const shown = { root: fromRoot, recent: find(await recent()), vm: await resource(VM), host: await resource(HOST), total: root.total_count };
  for (const other of [shown.recent, shown.vm, shown.host]) if (other !== undefined) expect(other).toEqual(fromRoot);
  return shown;
}

const at = (ms: number) => admin.setClock(new Date(START + ms).toISOString());
const seconds = (ms: number) => Math.floor((START + ms) / 1000);

describe('a vSphere task on the clock, through the lists', () => {
  it('is in no list before it is queued, then queued, running with rising Progress, and succeeds with Result', async () => {
    const key = await create({ queuedAt: START + 10_000, startAfterMs: 5_000, durationMs: 60_000, outcome: 'success' });
    const before = await readAll(key);
    expect([before.root, before.recent, before.vm, before.host, before.total]).toEqual([undefined, undefined, undefined, undefined, 305]);

    await at(10_000);
    const queued = await readAll(key);
    expect(queued.total).toBe(306);
    expect(queued.root?.task).toEqual(expect.objectContaining({ State: 'queued', Progress: 0, StartTime: null, CompleteTime: null, Error: null, Result: null }));
    expect([queued.root?.status, queued.root?.create_time, queued.root?.start_time, queued.recent?.key, queued.vm?.key, queued.host?.key]).toEqual(['queued', seconds(10_000), 0, key, key, key]);
    expect(keys((await page(`${BASE}/root/list?vsphere_uuid=${UUID}&page_size=1`)).data.list)).toEqual([key]);
    expect((await admin.getTask<TaskItem>('vsphere', key)).task).toEqual(queued.root);

    const progress: number[] = [];
    for (const ms of [15_000, 30_000, 45_000, 74_999]) {
      await at(ms);
      const running = (await readAll(key)).root as TaskItem;
      expect([running.status, running.task.State, running.start_time, running.finish_time]).toEqual(['running', 'running', seconds(15_000), 0]);
      expect(running.progress).toBe(running.task.Progress);
      progress.push(running.progress);
    }
    expect(progress).toEqual([0, 25, 50, 99]);

    await at(75_000);
    const done = await readAll(key);
    expect(done.root?.task).toEqual(expect.objectContaining({ State: 'success', Progress: 0, Error: null, Cancelled: false, Result: { Type: 'VirtualMachineSnapshot', Value: `snapshot-${key.slice(5)}` } }));
    expect([done.root?.finish_time, done.recent?.status, done.vm?.status]).toEqual([seconds(75_000), 'success', 'success']);
  });

  it('stays in root_recent for exactly the 10-minute window after it completes, and in the other lists after', async () => {
    const key = await create({ queuedAt: START, startAfterMs: 0, durationMs: 1_000, outcome: 'success' });
    await at(1_000 + 600_000);
    expect((await readAll(key)).recent?.status).toBe('success');
    await at(1_000 + 600_001);
    const after = await readAll(key);
    expect([after.recent, after.root?.status, after.vm?.status, after.host?.status]).toEqual([undefined, 'success', 'success', 'success']);
  });

  it('shows a failure as running until it lands, then error with its Error and message', async () => {
    const key = await create({ queuedAt: START, startAfterMs: 0, durationMs: 20_000, outcome: 'failure' });
    await at(17_000);
    const ending = (await readAll(key)).root as TaskItem;
    expect([ending.status, ending.progress, ending.task.Error]).toEqual(['running', 80, null]);
    await at(20_000);
    const failed = await readAll(key);
    const task = failed.root as TaskItem;
    expect([task.status, task.task.Cancelled, task.task.Result, task.progress]).toEqual(['error', false, null, 0]);
    expect(task.task.Error?.Fault).toEqual(expect.objectContaining({ FaultCause: null }));
    expect(task.message).toBe(task.task.Error?.LocalizedMessage);
    expect(failed.recent?.status).toBe('error');
  });

  it("serves a failure's own LocalizedMethodFault", async () => {
    const error = { Fault: { FaultCause: null, FaultMessage: null, File: '[SAN-LUN01] ActiveDirectory' }, LocalizedMessage: 'Insufficient disk space on datastore.' };
    const key = await create({ queuedAt: START, startAfterMs: 0, durationMs: 2_000, outcome: 'failure', error });
    await at(2_000);
    const task = (await readAll(key)).root as TaskItem;
    expect([task.task.Error, task.message]).toEqual([error, 'Insufficient disk space on datastore.']);
  });

  it('shows a cancel as error with Cancelled true and RequestCanceled', async () => {
    const key = await create({ queuedAt: START, startAfterMs: 0, durationMs: 30_000, outcome: 'cancelled' }, 'VirtualMachine.clone');
    await at(29_999);
    expect((await readAll(key)).root?.task.Cancelled).toBe(false);
    await at(30_000);
    const task = (await readAll(key)).root as TaskItem;
    expect([task.status, task.task.Cancelled, task.message, task.task.Error?.Fault]).toEqual(['error', true, 'The task was canceled by a user.', { FaultCause: null, FaultMessage: null }]);
  });

  it('goes back to being unlisted when the clock is set back before its queue time', async () => {
    const key = await create({ queuedAt: START + 1_000, startAfterMs: 0, durationMs: 1_000, outcome: 'success' });
    await at(5_000);
    expect((await readAll(key)).root?.status).toBe('success');
    await at(0);
    expect((await readAll(key)).root).toBeUndefined();
  });
});

describe('the admin API over vSphere tasks', () => {
  it('creates a whole task from nothing, changes its run, lists it with the loaded ones, and removes it', async () => {
    const created = await admin.createTask<TaskItem>('vsphere');
    expect([created.task.status, created.run?.durationMs, (await readAll(created.id)).root]).toEqual(['running', 60_000, created.task]);
    expect((await admin.listTasks('vsphere', { limit: 1 })).total).toBe(306);
    await admin.patchTask('vsphere', created.id, { run: { outcome: 'failure', durationMs: 5_000 } });
    await at(5_000);
    const failed = (await readAll(created.id)).root as TaskItem;
    expect([failed.status, failed.task.Error === null]).toEqual(['error', false]);
    await admin.deleteTask('vsphere', created.id);
    const gone = await readAll(created.id);
    expect([gone.root, gone.recent, gone.total]).toEqual([undefined, undefined, 305]);
  });

  it('hands out the loaded tasks with their inferred runs', async () => {
    const loaded = await admin.getTask<TaskItem>('vsphere', 'task-3287');
    expect([loaded.task.progress, loaded.run?.outcome, loaded.tenant]).toEqual([78, 'success', UUID]);
    expect((await admin.getTask<TaskItem>('vsphere', 'task-3247')).run).toBeNull();
  });
});

describe('the data set on the clock', () => {
  it('runs task-3287 on from its loaded Progress 78 to success, then out of the recent window', async () => {
    const first = await readAll('task-3287');
    expect([first.root?.status, first.root?.progress, first.recent?.progress, first.vm?.progress]).toEqual(['running', 78, 78, 78]);
    const seen = [78];
    for (let ms = 1_000; seen.length < 60; ms += 1_000) {
      await at(ms);
      const task = (await readAll('task-3287')).root as TaskItem;
      if (task.status !== 'running') break;
      expect(task.progress).toBeGreaterThanOrEqual(seen[seen.length - 1] as number);
      seen.push(task.progress);
    }
    expect(seen[seen.length - 1]).toBeGreaterThan(95);
    const done = (await readAll('task-3287')).root as TaskItem;
    expect([done.status, done.task.CompleteTime === null, done.task.Locked, done.task.Description]).toEqual(['success', false, null, null]);
    await admin.setClock(new Date(Date.parse(done.task.CompleteTime ?? '') + 600_001).toISOString());
    const later = await readAll('task-3287');
    expect([later.recent, later.root?.status]).toEqual([undefined, 'success']);
  });

  it('starts the queued task-3288 and finishes every loaded task: none queued or running an hour later', async () => {
    expect((await readAll('task-3288')).root?.status).toBe('queued');
    await at(3_600_000);
    const statuses = (await page(`${BASE}/root/list?vsphere_uuid=${UUID}`)).data.list.map((t) => t.status);
    expect(statuses.filter((s) => s === 'queued' || s === 'running')).toEqual([]);
    expect(statuses).toHaveLength(305);
  });
});
