import { cancelRun } from '../../src/state/lifecycle';
import type { Run } from '../../src/state/run';
import { TASK_STATUSES, type ListItem, type TaskInfo } from './list-item';
import { fixtureTasks, snapserviceApp, TASKS_PATH } from './test-support/snapservice-test-app';

const LIST = 'listSnapserviceTasks';
const GET = 'getSnapserviceTask';
const PG = 'com.vmware.snapservice.protection_groups';
const SECOND = 1000;
const iso = (ms: number) => new Date(ms).toISOString();

/** An app on the default data, logged in; tasks are created and changed through the admin client. */
async function setup() {
  const app = snapserviceApp();
  const headers = await app.login();
  const t0 = app.clock.now();
  const create = async (run: Run, info: Partial<TaskInfo> = { service: PG, operation: 'snapshot' }): Promise<{ id: string; run: Run }> => {
    const { cancelledAt, ...rest } = run;
    const created = await app.admin.createTask('snapservice', { task: { info }, run: { ...rest, queuedAt: iso(run.queuedAt), ...(cancelledAt === undefined ? {} : { cancelledAt: iso(cancelledAt) }) } });
    return { id: created.id, run };
  };
  /** Replaces the run as `cancelRun` (the lifecycle's cancel) makes it at the current moment. */
  const cancel = async (id: string, run: Run) => {
    const cancelled = cancelRun(run, app.clock.now());
    const { cancelledAt, ...rest } = cancelled;
    await app.admin.patchTask('snapservice', id, { run: { ...rest, queuedAt: iso(cancelled.queuedAt), ...(cancelledAt === undefined ? {} : { cancelledAt: iso(cancelledAt) }) } });
  };
  /** The task through its own URL and through the list filtered by its id and each status: all must agree. */
  const read = async (id: string): Promise<TaskInfo | undefined> => {
    const own = await app.api.get(GET, `${TASKS_PATH}/${encodeURIComponent(id)}`, headers);
    const listed = await app.api.get(LIST, `${TASKS_PATH}?tasks=${encodeURIComponent(id)}`, headers);
    const items = (listed.body as { items: ListItem[] }).items;
    if (own.status === 404) {
      expect(items).toEqual([]);
      return undefined;
    }
    expect(own.status).toBe(200);
    const info = own.body as TaskInfo;
    expect(items).toEqual([{ task: id, info }]);
    // The admin API shows the task as the vendor's API does.
    expect((await app.admin.getTask<ListItem>('snapservice', id)).task).toEqual({ task: id, info });
    for (const status of TASK_STATUSES) {
      const filtered = await app.api.get(LIST, `${TASKS_PATH}?tasks=${encodeURIComponent(id)}&status=${status}`, headers);
      expect((filtered.body as { items: ListItem[] }).items.map((item) => item.task)).toEqual(status === info.status ? [id] : []);
    }
    return info;
  };
  return { app, headers, t0, create, cancel, read };
}

const SHAPES = { queuedIn: 10 * SECOND, startAfterMs: 5 * SECOND, durationMs: 40 * SECOND };

describe('snapservice task lifecycle over HTTP', () => {
  it.each(['success', 'failure', 'cancelled'] as const)('shows a %s run in vAPI words at every phase, every field consistent with the clock', async (outcome) => {
    const { app, t0, create, read } = await setup();
    const queuedAt = t0 + SHAPES.queuedIn;
    const start = queuedAt + SHAPES.startAfterMs;
    const end = start + SHAPES.durationMs;
    // Failures and cancellations wind down over a fifth of the duration (8 s) while still RUNNING.
    const endingAt = outcome === 'success' ? end : end - SHAPES.durationMs / 5;
    const task = await create({ queuedAt, startAfterMs: SHAPES.startAfterMs, durationMs: SHAPES.durationMs, outcome });

    // Queued for later: not visible anywhere.
    expect(await read(task.id)).toBeUndefined();

    app.clock.set(queuedAt);
    expect(await read(task.id)).toMatchObject({ status: 'PENDING', cancelable: true });
    const pending = await read(task.id);
    for (const key of ['start_time', 'end_time', 'progress', 'error', 'result'] as const) expect(pending?.[key]).toBeUndefined();

    let last = -1;
    for (const at of [start, start + 10 * SECOND, start + 20 * SECOND, endingAt - 1, endingAt + 2 * SECOND, end - 1].filter((t) => t < end)) {
      app.clock.set(at);
      const info = await read(task.id);
      const held = Math.min(at, endingAt);
      const percent = Math.min(99, Math.round(((held - start) / SHAPES.durationMs) * 100));
      expect(info).toMatchObject({ status: 'RUNNING', start_time: iso(start), progress: { total: 100, completed: percent } });
      expect(info?.progress?.message.args).toEqual([String(percent)]);
      expect(info?.end_time).toBeUndefined();
      expect(info?.error).toBeUndefined();
      expect(info?.progress?.completed).toBeGreaterThanOrEqual(last);
      last = info?.progress?.completed ?? -1;
    }

    const finished: (TaskInfo | undefined)[] = [];
    for (const at of [end, end + 3_600 * SECOND]) {
      app.clock.set(at);
      const done = await read(task.id);
      finished.push(done);
      expect(done).toMatchObject({ start_time: iso(start), end_time: iso(end), cancelable: false });
      if (outcome === 'success') {
        expect(done).toMatchObject({ status: 'SUCCEEDED', progress: { completed: 100 } });
        expect(done?.error).toBeUndefined();
      } else {
        // Progress stays where the wind-down began: 32 s of 40 s.
        expect(done).toMatchObject({ status: 'FAILED', progress: { completed: 80 } });
        expect(done?.error?.messages.length).toBeGreaterThan(0);
        if (outcome === 'cancelled') expect(done?.error).toMatchObject({ error_type: 'CANCELED', '@class': 'com.vmware.vapi.std.errors.canceled' });
        else expect(done?.error?.error_type).not.toBe('CANCELED');
      }
    }

    // Once done, nothing moves any more.
    expect(finished[1]).toEqual(finished[0]);

    // The clock set back shows the task as it was then.
    app.clock.set(start + 10 * SECOND);
    expect(await read(task.id)).toMatchObject({ status: 'RUNNING', progress: { completed: 25 } });
  });

  it('shows a cancel asked for mid-run: RUNNING and no longer cancelable while it winds down, then FAILED with the canceled error', async () => {
    const { app, t0, create, cancel, read } = await setup();
    const run: Run = { queuedAt: t0, startAfterMs: 0, durationMs: 100 * SECOND, outcome: 'success' };
    const task = await create(run);
    app.clock.set(t0 + 20 * SECOND);
    expect(await read(task.id)).toMatchObject({ status: 'RUNNING', cancelable: true, progress: { completed: 20 } });
    await cancel(task.id, run);
    // 20 s in: a wind-down of a quarter of that, 5 s, with progress held at 20 (lifecycle.ts).
    const winding = await read(task.id);
    expect(winding).toMatchObject({ status: 'RUNNING', cancelable: false, start_time: iso(t0), progress: { completed: 20 } });
    app.clock.advance(4 * SECOND);
    expect(await read(task.id)).toEqual(winding);
    app.clock.advance(SECOND);
    const done = await read(task.id);
    expect(done).toMatchObject({ status: 'FAILED', start_time: iso(t0), end_time: iso(t0 + 25 * SECOND), error: { error_type: 'CANCELED' }, progress: { completed: 20 } });
  });

  it('shows a cancel asked for while PENDING at once: FAILED with the canceled error, ended then, never started', async () => {
    const { app, t0, create, cancel, read } = await setup();
    const run: Run = { queuedAt: t0, startAfterMs: 30 * SECOND, durationMs: 60 * SECOND, outcome: 'success' };
    const task = await create(run);
    app.clock.set(t0 + 10 * SECOND);
    expect(await read(task.id)).toMatchObject({ status: 'PENDING', cancelable: true });
    await cancel(task.id, run);
    const done = await read(task.id);
    expect(done).toMatchObject({ status: 'FAILED', cancelable: false, end_time: iso(t0 + 10 * SECOND), error: { error_type: 'CANCELED' }, progress: { completed: 0 } });
    expect(done?.start_time).toBeUndefined();
  });

  it('follows a run changed through the admin API: cancelled, then failing with its operation\'s own error, not the canceled one', async () => {
    const { app, t0, create, read } = await setup();
    const task = await create({ queuedAt: t0, startAfterMs: 0, durationMs: 10 * SECOND, outcome: 'cancelled' }, { service: PG, operation: 'pause' });
    app.clock.set(t0 + 11 * SECOND);
    expect(await read(task.id)).toMatchObject({ status: 'FAILED', error: { error_type: 'CANCELED' } });
    await app.admin.patchTask('snapservice', task.id, { run: { outcome: 'failure' } });
    // generate/failures.ts: a pause fails as already paused.
    expect(await read(task.id)).toMatchObject({ status: 'FAILED', error: { error_type: 'ALREADY_IN_DESIRED_STATE' } });
    await app.admin.patchTask('snapservice', task.id, { run: { outcome: 'success' } });
    const succeeded = await read(task.id);
    expect(succeeded).toMatchObject({ status: 'SUCCEEDED', progress: { completed: 100 } });
    expect(succeeded?.error).toBeUndefined();
  });

  it('makes a loaded RUNNING task fail when the admin API says so, with a vAPI error', async () => {
    const { app, t0, read } = await setup();
    const record = fixtureTasks().find((r) => r.info.status === 'RUNNING') as ListItem;
    await app.admin.patchTask('snapservice', record.task, { run: { outcome: 'failure', queuedAt: iso(t0 - 10 * SECOND), startAfterMs: 0, durationMs: 20 * SECOND } });
    app.clock.set(t0 + 10 * SECOND);
    const failed = await read(record.task);
    expect(failed).toMatchObject({ status: 'FAILED', description: record.info.description, end_time: iso(t0 + 10 * SECOND), start_time: iso(t0 - 10 * SECOND) });
    expect(failed?.error?.error_type).toEqual(expect.any(String));
  });

  it('lists a task by its status filter only while it has that status (services and status, the default request\'s shape)', async () => {
    const { app, t0, create, headers } = await setup();
    const task = await create({ queuedAt: t0, startAfterMs: 2 * SECOND, durationMs: 10 * SECOND, outcome: 'failure' });
    const ids = async (status: string) => {
      const res = await app.api.get(LIST, `${TASKS_PATH}?services=${PG}&status=${status}`, headers);
      expect(res.status).toBe(200);
      return (res.body as { items: ListItem[] }).items.map((item) => item.task);
    };
    expect(await ids('PENDING')).toContain(task.id);
    app.clock.advance(3 * SECOND);
    expect(await ids('PENDING')).not.toContain(task.id);
    expect(await ids('RUNNING')).toContain(task.id);
    const failedBefore = await ids('FAILED');
    expect(failedBefore).not.toContain(task.id);
    app.clock.advance(10 * SECOND);
    expect(await ids('RUNNING')).not.toContain(task.id);
    const failed = await ids('FAILED');
    // Newest start first: the task just failed heads the default request's answer.
    expect(failed).toEqual([task.id, ...failedBefore]);
  });

  it('moves a loaded RUNNING task on with the clock until it SUCCEEDED', async () => {
    const { app, t0, read } = await setup();
    const record = fixtureTasks().find((r) => r.info.status === 'RUNNING' && (r.info.progress?.completed ?? 100) < 50) as ListItem;
    const before = await read(record.task);
    expect(before).toEqual(record.info);
    const startMs = Date.parse(record.info.start_time ?? '');
    const durationMs = ((t0 - startMs) * 100) / (record.info.progress?.completed ?? 1);
    app.clock.advance(Math.round((t0 - startMs) / 2));
    const later = await read(record.task);
    expect(later).toMatchObject({ status: 'RUNNING', start_time: record.info.start_time });
    expect(later?.progress?.completed).toBeGreaterThan(record.info.progress?.completed ?? 100);
    app.clock.set(startMs + durationMs + SECOND);
    const done = await read(record.task);
    expect(done).toMatchObject({ status: 'SUCCEEDED', start_time: record.info.start_time, cancelable: false, progress: { completed: 100 } });
    expect(Math.abs(Date.parse(done?.end_time ?? '') - (startMs + durationMs))).toBeLessThanOrEqual(1);
  });

  it('moves a loaded PENDING task to RUNNING and a loaded BLOCKED one back to RUNNING, keeping its start', async () => {
    const { app, read } = await setup();
    const pending = fixtureTasks().find((r) => r.info.status === 'PENDING') as ListItem;
    const blocked = fixtureTasks().find((r) => r.info.status === 'BLOCKED') as ListItem;
    expect(await read(pending.task)).toEqual(pending.info);
    expect(await read(blocked.task)).toEqual(blocked.info);
    // Every loaded wait ends within six minutes (loaded-run.ts).
    app.clock.advance(6 * 60 * SECOND);
    const started = await read(pending.task);
    expect(['RUNNING', 'SUCCEEDED']).toContain(started?.status);
    expect(Date.parse(started?.start_time ?? '')).toBeGreaterThan(Date.parse(iso(app.clock.now() - 6 * 60 * SECOND)));
    const resumed = await read(blocked.task);
    expect(['RUNNING', 'SUCCEEDED']).toContain(resumed?.status);
    expect(resumed?.start_time).toBe(blocked.info.start_time);
  });
});
