import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../src/package-root';
import { createTestApp } from '../../src/testing/create-test-app';
import { velostrataDialect } from './index';
import type { TaskDescription } from './task-description';

/**
 * Tasks on the simulated clock, read only through the API (spec-checked: every status and body
 * must be documented): created with a run through the admin API, moved in steps, and read by
 * `GET /tasks/{taskId}` and `GET /tasks` in every phase. The list always holds exactly the
 * active tasks, each as `GET /tasks/{taskId}` shows it at that moment.
 */
const URL = '/velostrata/api/v42/tasks';
const DEMO = { Authorization: `Basic ${Buffer.from('apiuser:taskmock').toString('base64')}` };
const ACTIVE = new Set(['Running', 'Failing', 'Cancelling']);
const iso = (ms: number) => new Date(ms).toISOString();

interface Page {
  readonly totalElements: number;
  readonly content: TaskDescription[];
}

const { api, admin, clock } = createTestApp({ dialects: [velostrataDialect] });
const T0 = clock.now();

beforeEach(() => admin.reset());

async function page(): Promise<Page> {
  const res = await api.get('getActiveTasks', URL, DEMO);
  expect(res.status).toBe(200);
  return res.body as Page;
}

/** The task by its URL, checked against the list: listed (and the same) exactly while active. */
async function observe(id: string): Promise<TaskDescription> {
  const res = await api.get('getTask', `${URL}/${id}`, DEMO);
  expect(res.status).toBe(200);
  const task = res.body as TaskDescription;
  const listed = (await page()).content.find((t) => t.id?.value === id);
  if (ACTIVE.has(task.state ?? '')) expect(listed).toEqual(task);
  else expect(listed).toBeUndefined();
  return task;
}

async function create(task: Record<string, unknown>, run: Record<string, unknown>): Promise<string> {
  return (await admin.createTask('velostrata', { task, run })).id;
}

async function cancel(id: string): Promise<number> {
  return (await api.delete('cancelTask', `${URL}/${id}`, DEMO)).status;
}

describe('a task that succeeds', () => {
  it('waits as Running at 0, runs with rising progress, then is Succeeded at 100 with its end time, and leaves the list', async () => {
    const id = await create({ taskType: 'MigrateToCloud' }, { startAfterMs: 30_000, durationMs: 600_000 });
    expect(await observe(id)).toMatchObject({ state: 'Running', progress: 0, startTime: iso(T0), progressMessage: ['Migrating storage to cloud', expect.stringMatching(/^0\.0 GB of /)] });
    await admin.advance(30_000 + 300_000);
    const half = await observe(id);
    expect(half).toMatchObject({ state: 'Running', progress: 50, startTime: iso(T0) });
    const info = half.additionalInfo as { MigrationProgressByteCount: number; MigrationTotalByteCount: number };
    expect(info.MigrationProgressByteCount).toBe(Math.floor(info.MigrationTotalByteCount / 2));
    expect(half.endTime).toBeUndefined();
    await admin.advance(300_000 - 1);
    expect(await observe(id)).toMatchObject({ state: 'Running', progress: 99 });
    await admin.advance(1);
    const done = await observe(id);
    expect(done).toMatchObject({ state: 'Succeeded', progress: 100, startTime: iso(T0), endTime: iso(T0 + 630_000), progressMessage: ['Storage migration completed'] });
    expect(done.errorMessage).toBeUndefined();
  });
});

describe('a task that fails', () => {
  it('runs, is Failing with its error in the wind-down, then Failed, keeping its progress and error', async () => {
    const error = { errorMessage: ['Failed to stop VM'], errorDetails: 'Timed out waiting for the guest OS to shut down (600 seconds)' };
    const id = await create({ taskType: 'StopVm' }, { durationMs: 100_000, outcome: 'failure', error });
    await admin.advance(50_000);
    const running = await observe(id);
    expect(running).toMatchObject({ state: 'Running', progress: 50 });
    expect(running.errorMessage).toBeUndefined();
    // A 100 s run winds down over its last 10 s (lifecycle.ts windDownMs).
    await admin.advance(40_000);
    const failing = await observe(id);
    expect(failing).toMatchObject({ state: 'Failing', progress: 90, ...error });
    expect(failing.endTime).toBeUndefined();
    await admin.advance(9_999);
    expect(await observe(id)).toMatchObject({ state: 'Failing', progress: 90 });
    await admin.advance(1);
    expect(await observe(id)).toMatchObject({ state: 'Failed', progress: 90, endTime: iso(T0 + 100_000), ...error });
    // Nothing left to cancel: 204, nothing changes.
    expect(await cancel(id)).toBe(204);
    expect(await observe(id)).toMatchObject({ state: 'Failed', progress: 90 });
  });
});

describe('a task cancelled by DELETE /tasks/{taskId}', () => {
  it('reads Cancelling at once at the progress it had, then Cancelled; a repeated cancel answers 204 and changes nothing', async () => {
    const id = await create({ taskType: 'RunVmInCloud' }, { durationMs: 1_000_000 });
    await admin.advance(200_000);
    expect(await observe(id)).toMatchObject({ state: 'Running', progress: 20 });
    expect(await cancel(id)).toBe(202);
    const cancelling = await observe(id);
    expect(cancelling).toMatchObject({ state: 'Cancelling', progress: 20, progressMessage: ['Cancelling run in cloud'] });
    expect(await cancel(id)).toBe(204);
    // Cancelled at 200 s of work: the wind-down is ten seconds (lifecycle.ts cancelRun).
    await admin.advance(9_999);
    expect(await observe(id)).toEqual(cancelling);
    await admin.advance(1);
    const cancelled = await observe(id);
    expect(cancelled).toMatchObject({ state: 'Cancelled', progress: 20, endTime: iso(T0 + 210_000), progressMessage: ['Run in cloud cancelled'] });
    expect(cancelled.errorMessage).toBeUndefined();
    expect(await cancel(id)).toBe(204);
    await admin.advance(3_600_000);
    expect(await observe(id)).toEqual(cancelled);
    expect((await admin.getTask('velostrata', id)).run).toMatchObject({ outcome: 'cancelled', durationMs: 1_000_000, cancelledAt: iso(T0 + 200_000) });
  });

  it('cancels a task that has not begun its work at once', async () => {
    const id = await create({ taskType: 'StartVm' }, { startAfterMs: 60_000, durationMs: 120_000 });
    await admin.advance(10_000);
    expect(await cancel(id)).toBe(202);
    expect(await observe(id)).toMatchObject({ state: 'Cancelled', progress: 0, startTime: iso(T0), endTime: iso(T0 + 10_000) });
  });

  it('answers 404 ErrorInfo for an id no task has, and leaves the list alone', async () => {
    const before = await page();
    const res = await api.delete('cancelTask', `${URL}/t-999999`, DEMO);
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ errorCode: 'NotFound', url: expect.stringMatching(/\/velostrata\/api\/v42\/tasks\/t-999999$/), message: 'Task t-999999 was not found' });
    expect(await page()).toEqual(before);
  });

  it('asks for credentials first', async () => {
    const res = await api.delete('cancelTask', `${URL}/t-175`, {});
    expect(res.status).toBe(401);
    expect((await observe('t-175')).state).toBe('Running');
  });
});

describe('a task queued for later', () => {
  it('is in no list and its URL is a 404 until its queue time, then Running at 0', async () => {
    const id = await create({ taskType: 'RebootVm' }, { queuedAt: iso(T0 + 60_000), durationMs: 120_000 });
    expect((await api.get('getTask', `${URL}/${id}`, DEMO)).status).toBe(404);
    expect(await cancel(id)).toBe(404);
    expect((await page()).content.map((t) => t.id?.value)).not.toContain(id);
    await admin.advance(60_000);
    expect(await observe(id)).toMatchObject({ state: 'Running', progress: 0, startTime: iso(T0 + 60_000) });
  });
});

describe('the default data set on the clock', () => {
  const lines = fs.readFileSync(path.join(packageRoot(), 'fixtures', 'velostrata', 'tasks.ndjson'), 'utf8').split('\n').filter((l) => l !== '');
  const record = (id: string) => lines.find((l) => (JSON.parse(l) as TaskDescription).id?.value === id) ?? '';

  it('serves a loaded running task as loaded, then it progresses and finishes', async () => {
    const loaded = await api.get('getTask', `${URL}/t-175`, DEMO);
    expect(loaded.text).toBe(record('t-175'));
    const start = JSON.parse(loaded.text) as TaskDescription;
    await admin.advance(3_600_000);
    const later = await observe('t-175');
    expect(later.state).toBe('Running');
    expect(later.progress).toBeGreaterThan(start.progress ?? 100);
    expect((later.additionalInfo as { MigrationProgressByteCount: number }).MigrationProgressByteCount).toBeGreaterThan(
      (start.additionalInfo as { MigrationProgressByteCount: number }).MigrationProgressByteCount,
    );
    await admin.advance(23 * 3_600_000);
    const done = await observe('t-175');
    expect(done).toMatchObject({ state: 'Succeeded', progress: 100, startTime: start.startTime, endTime: expect.any(String) });
    expect(Date.parse(done.endTime ?? '')).toBeGreaterThan(T0);
  });

  it('ends a loaded failing task as Failed with its own error texts and progress', async () => {
    const start = JSON.parse(record('t-183')) as TaskDescription;
    expect(start.state).toBe('Failing');
    await admin.advance(10_000);
    expect(await observe('t-183')).toMatchObject({ state: 'Failed', progress: start.progress, errorMessage: start.errorMessage, errorDetails: start.errorDetails });
  });

  it("starts the seed's example record shortly after the data set moment", async () => {
    expect((await api.get('getTask', `${URL}/vm-1`, DEMO)).text).toBe(record('vm-1'));
    await admin.advance(5_000 + 60_000);
    expect(await observe('vm-1')).toMatchObject({ state: 'Running', progress: expect.any(Number) });
  });

  it('has no active task left a day later', async () => {
    expect((await page()).totalElements).toBeGreaterThan(15);
    await admin.advance(86_400_000);
    expect(await page()).toMatchObject({ totalElements: 0, totalPages: 0, content: [] });
  });
});
