import type { RunInput } from '../../src/admin-client/admin-types';
import type { OperationLog } from './operation-log';
import { AUTH, cbrTestApp, committedTasks, epochOf, LIST, type ListBody } from './test-support/cbr-test-app';
import { DEMO_PROJECT_ID } from './vocabulary';

/**
 * A task's life as CBR clients see it (decisions.md, the admin API's table: waiting →
 * `waiting`, running → `running` with `extra_info.common.progress`, done → `success` or
 * `failed` with `error_info`, a cancellation `failed` too), read through the task URL and the
 * list with its filters at each step of the clock. Every body is checked against the spec.
 */
const { api, clock, admin } = cbrTestApp();
const START = clock.now();
const iso = (ms: number) => new Date(ms).toISOString();

/** A task created through the admin API (POST /__admin/cbr/tasks), as a test or QA would. */
async function create(run: Omit<RunInput, 'queuedAt'> & { queuedAt?: number }, task: Record<string, unknown> = {}): Promise<string> {
  const { queuedAt, ...rest } = run;
  const created = await admin.createTask('cbr', { task, run: { ...rest, ...(queuedAt === undefined ? {} : { queuedAt: iso(queuedAt) }) } });
  return created.id;
}

async function show(id: string): Promise<OperationLog | undefined> {
  const res = await api.get('showOpLog', `${LIST}/${id}`, AUTH);
  if (res.status === 404) return undefined;
  expect(res.status).toBe(200);
  return (res.body as { operation_log: OperationLog }).operation_log;
}

async function listed(query: Record<string, string> = {}): Promise<OperationLog[]> {
  const res = await api.get('listOpLogs', `${LIST}?${new URLSearchParams({ limit: '1000', ...query }).toString()}`, AUTH);
  expect(res.status).toBe(200);
  return (res.body as ListBody).operation_logs;
}

/** `YYYY-MM-DDThh:mm:ssZ` of an instant (the filters' format), rounded down or up to the second. */
const filterTime = (ms: number, round: 'down' | 'up' = 'down'): string =>
  `${new Date((round === 'down' ? Math.floor : Math.ceil)(ms / 1000) * 1000).toISOString().slice(0, 19)}Z`;

/** What the client reads in each place agrees: the task URL, the list, the status filter and the time windows. */
async function expectConsistent(id: string, expected: { status: string; progress?: number; start?: number; end?: number; error?: object }) {
  const task = (await show(id)) as OperationLog;
  expect(task.status).toBe(expected.status);
  if (expected.progress !== undefined) expect(task.extra_info?.common.progress).toBe(expected.progress);
  if (expected.start !== undefined) expect(epochOf(task.started_at)).toBe(expected.start);
  if (expected.end === undefined) expect(task.ended_at ?? null).toBeNull();
  else expect(epochOf(task.ended_at as string)).toBe(expected.end);
  expect(task.error_info).toEqual(expected.error ?? { code: '', message: '' });
  expect((await listed()).find((t) => t.id === id)).toEqual(task);
  for (const status of ['waiting', 'running', 'success', 'failed']) {
    expect((await listed({ status })).some((t) => t.id === id)).toBe(status === expected.status);
  }
  const started = epochOf(task.started_at);
  expect((await listed({ start_time: filterTime(started) })).some((t) => t.id === id)).toBe(true);
  expect((await listed({ start_time: filterTime(started + 1000, 'up') })).some((t) => t.id === id)).toBe(false);
  // end_time reads ended_at, or "now" while the task has no end.
  const end = expected.end ?? clock.now();
  expect((await listed({ end_time: filterTime(end, 'up') })).some((t) => t.id === id)).toBe(true);
  expect((await listed({ end_time: filterTime(end - 1000) })).some((t) => t.id === id)).toBe(false);
}

afterEach(async () => {
  await admin.reset('cbr');
  await admin.setClock(iso(START));
});

describe('CBR tasks on the simulated clock', () => {
  it('a successful task: invisible until queued, waiting, running with progress rising, then success at 100', async () => {
    const queuedAt = START + 60_000;
    const id = await create({ queuedAt, startAfterMs: 30_000, durationMs: 100_000, outcome: 'success' }, { operation_type: 'backup' });
    expect(await show(id)).toBeUndefined();
    expect((await listed()).some((t) => t.id === id)).toBe(false);
    await admin.setClock(iso(queuedAt + 10_000));
    await expectConsistent(id, { status: 'waiting', progress: 0 });
    expect((await show(id))?.created_at).toBe((await show(id))?.started_at);
    await admin.setClock(iso(queuedAt + 30_000 + 25_000));
    await expectConsistent(id, { status: 'running', progress: 25, start: queuedAt + 30_000 });
    await admin.advance(50_000);
    await expectConsistent(id, { status: 'running', progress: 75, start: queuedAt + 30_000 });
    // CBR's progress is a whole number: 75.9 % reads 75.
    await admin.advance(900);
    expect((await show(id))?.extra_info?.common.progress).toBe(75);
    await admin.setClock(iso(queuedAt + 130_000));
    await expectConsistent(id, { status: 'success', progress: 100, start: queuedAt + 30_000, end: queuedAt + 130_000 });
    expect(epochOf((await show(id))?.updated_at as string)).toBe(queuedAt + 130_000);
  });

  it('a failing task: running through its wind-down, then failed with a CBR error code for its type, progress held', async () => {
    const id = await create({ durationMs: 100_000, outcome: 'failure' }, { operation_type: 'restore' });
    await admin.advance(40_000);
    await expectConsistent(id, { status: 'running', progress: 40, start: START });
    // The wind-down (the last fifth, at most 10 s) still reads running: CBR has no "failing".
    await admin.setClock(iso(START + 95_000));
    await expectConsistent(id, { status: 'running', progress: 90, start: START });
    await admin.setClock(iso(START + 100_000));
    const failed = (await show(id)) as OperationLog;
    expect(failed.error_info.code).toMatch(/^BackupService\.200[12]$/);
    await expectConsistent(id, { status: 'failed', progress: 90, start: START, end: START + 100_000, error: failed.error_info });
  });

  it("a failure with the run's own error shows that error_info", async () => {
    const error = { code: 'BackupService.1200', message: 'The vault capacity is insufficient.' };
    const id = await create({ durationMs: 10_000, outcome: 'failure', error });
    await admin.advance(10_000);
    await expectConsistent(id, { status: 'failed', start: START, end: START + 10_000, error });
  });

  it("a cancelled task ends failed with the kit's cancellation code", async () => {
    const id = await create({ startAfterMs: 5_000, durationMs: 0, outcome: 'cancelled' });
    await expectConsistent(id, { status: 'waiting', progress: 0 });
    await admin.advance(5_000);
    await expectConsistent(id, { status: 'failed', start: START + 5_000, end: START + 5_000, error: { code: 'BackupService.9410', message: 'The task was cancelled.' } });
  });

  it('places a created task first in the list (newest) and counts it, in the demo project by default', async () => {
    const before = (await api.get('listOpLogs', `${LIST}?limit=20`, AUTH)).body as ListBody;
    const id = await create({ outcome: 'success' });
    const after = (await api.get('listOpLogs', `${LIST}?limit=20`, AUTH)).body as ListBody;
    expect(after.count).toBe(before.count + 1);
    expect(after.operation_logs[0]?.id).toBe(id);
    expect(after.operation_logs[0]?.project_id).toBe(DEMO_PROJECT_ID);
    expect(after.operation_logs.slice(1).map((t) => t.id)).toEqual(before.operation_logs.slice(0, 19).map((t) => t.id));
  });

  it('moves a loaded running task on with the clock until it succeeds', async () => {
    const loaded = committedTasks().filter((t) => t.project_id === DEMO_PROJECT_ID && t.status === 'running');
    expect(loaded.length).toBeGreaterThan(0);
    const record = loaded[0] as OperationLog;
    const first = (await show(record.id)) as OperationLog;
    expect(first).toEqual(record);
    await admin.advance(60_000);
    const later = (await show(record.id)) as OperationLog;
    expect(later.status).toBe('running');
    expect(later.extra_info?.common.progress).toBeGreaterThanOrEqual(record.extra_info?.common.progress ?? 0);
    await admin.advance(30 * 86_400_000);
    const done = (await show(record.id)) as OperationLog;
    expect(done.extra_info?.common.progress).toBe(100);
    await expectConsistent(record.id, { status: 'success', progress: 100, start: epochOf(record.started_at), end: epochOf(done.ended_at as string) });
    // Every loaded task has finished by then: nothing waits or runs any more.
    expect(await listed({ status: 'running' })).toEqual([]);
    expect(await listed({ status: 'waiting' })).toEqual([]);
  });

  it('starts a loaded waiting task within minutes and finishes it', async () => {
    const record = committedTasks().find((t) => t.project_id === DEMO_PROJECT_ID && t.status === 'waiting') as OperationLog;
    expect(await show(record.id)).toEqual(record);
    await admin.advance(5 * 60_000);
    const started = (await show(record.id)) as OperationLog;
    expect(['running', 'success']).toContain(started.status);
    expect(epochOf(started.started_at)).toBeGreaterThan(START);
  });

  it('serves a loaded task as changed or removed through the admin API, and as loaded again after a reset', async () => {
    const record = committedTasks().find((t) => t.project_id === DEMO_PROJECT_ID && t.status === 'success') as OperationLog;
    const changed = await admin.patchTask('cbr', record.id, { task: { vault_name: 'vault-renamed' } });
    expect(changed.task).toMatchObject({ id: record.id, vault_name: 'vault-renamed' });
    expect(await show(record.id)).toEqual(changed.task);
    expect((await listed({ vault_name: 'vault-renamed' })).map((t) => t.id)).toEqual([record.id]);
    expect((await listed({ vault_name: record.vault_name as string })).some((t) => t.id === record.id)).toBe(false);
    await admin.deleteTask('cbr', record.id);
    expect(await show(record.id)).toBeUndefined();
    expect((await listed()).some((t) => t.id === record.id)).toBe(false);
    await admin.reset('cbr');
    expect(await show(record.id)).toEqual(record);
    expect((await admin.getTask('cbr', record.id)).task).toEqual(record);
  });
});
