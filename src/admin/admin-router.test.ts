import request from 'supertest';
import { AdminApiError } from '../admin-client/admin-client';
import { createTestApp } from '../testing/create-test-app';

/** The admin API with no vendor served: what the core answers on its own (tasks: mocks/admin-tasks.test.ts). */
const setup = () => createTestApp({ dialects: [] });
const refusal = async (call: Promise<unknown>) => {
  const error = await call.then(() => undefined, (e: unknown) => e);
  if (!(error instanceof AdminApiError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
};

describe('admin API: the clock', () => {
  it('reads, advances, sets and changes the rate of the simulated clock', async () => {
    const { admin } = setup();
    expect(await admin.clock()).toEqual({ now: '2021-08-31T08:20:00.000Z', rate: 0 });
    expect((await admin.advance(600_000)).now).toBe('2021-08-31T08:30:00.000Z');
    expect((await admin.advance(-1_800_000)).now).toBe('2021-08-31T08:00:00.000Z');
    expect((await admin.setClock('2022-01-01T00:00:00+01:00')).now).toBe('2021-12-31T23:00:00.000Z');
    expect(await admin.changeClock({ set: '2022-01-01T00:00:00Z', rate: 0 })).toEqual({ now: '2022-01-01T00:00:00.000Z', rate: 0 });
  });

  it.each([
    [{ advanceMs: 1e308 }, '/advanceMs'],
    [{ advanceMs: -1e15 }, '/advanceMs'],
    [{ set: '-271821-04-20T00:00:00Z' }, '/set'],
    [{ set: '1969-12-31T23:59:59Z' }, '/set'],
    [{ set: 'yesterday' }, '/set'],
    [{ rate: -1 }, '/rate'],
    [{ rate: 1, speed: 2 }, '/speed'],
    [{ advanceMs: 1, set: '2022-01-01T00:00:00Z' }, ''],
    [{}, ''],
  ])('refuses %j with a problem at %s, and the clock does not move', async (body, pointer) => {
    const { admin } = setup();
    const before = await admin.clock();
    const error = await refusal(admin.changeClock(body as never));
    expect(error.status).toBe(400);
    expect(error.problems.map((p) => p.pointer)).toContain(pointer);
    expect(await admin.clock()).toEqual(before);
  });
});

describe('admin API: requests it cannot take', () => {
  it('answers a body that is not JSON with 400, and one over 16 MB with 413, in the admin envelope', async () => {
    const { app } = setup();
    const bad = await request(app).post('/__admin/clock').set('content-type', 'application/json').send('{"advanceMs":');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: 'invalid_request' });
    const huge = await request(app).post('/__admin/clock').set('content-type', 'application/json').send(`{"x":"${'a'.repeat(17 * 1024 * 1024)}"}`);
    expect(huge.status).toBe(413);
    expect(huge.body).toMatchObject({ error: 'too_large' });
  });

  it('answers an unknown admin route and an unserved vendor with 404 JSON', async () => {
    const { app, admin } = setup();
    const unknown = await request(app).get('/__admin/nope');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ error: 'not_found' });
    expect((await refusal(admin.listTasks('cbr'))).status).toBe(404);
    const bogus = await request(app).get('/__admin/bogus/tasks');
    expect(bogus.status).toBe(404);
  });

  it('lists every problem of a bad query, each with its pointer', async () => {
    const { app } = setup();
    const res = await request(app).get('/__admin/requests?limit=0&status=abc&extra=1');
    expect(res.status).toBe(400);
    expect((res.body as { problems: Array<{ pointer: string }> }).problems.map((p) => p.pointer).sort()).toEqual(['/query/extra', '/query/limit', '/query/status']);
  });
});

describe('admin API: health, state and reset', () => {
  it('says it is up and what it serves', async () => {
    expect(await setup().admin.health()).toMatchObject({ status: 'ok', apis: [], now: '2021-08-31T08:20:00.000Z' });
  });

  it('gives the state as a snapshot that loads back, and refuses one of another data set', async () => {
    const { admin } = setup();
    await admin.advance(60_000);
    const snapshot = await admin.state();
    expect(snapshot).toMatchObject({ format: 'taskmock-state/1', dataSet: { now: '2021-08-31T08:20:00.000Z', seed: 1 }, clock: { now: '2021-08-31T08:21:00.000Z' } });
    await admin.advance(60_000);
    await admin.loadState(snapshot);
    expect((await admin.clock()).now).toBe('2021-08-31T08:21:00.000Z');
    const error = await refusal(admin.loadState({ ...snapshot, dataSet: { ...snapshot.dataSet, seed: 2 } }));
    expect(error.problems.map((p) => p.pointer)).toEqual(['/dataSet']);
    expect((await admin.clock()).now).toBe('2021-08-31T08:21:00.000Z');
  });

  it('resets the clock to where it started', async () => {
    const { admin } = setup();
    await admin.changeClock({ advanceMs: 3_600_000, rate: 2 });
    await admin.reset();
    expect(await admin.clock()).toEqual({ now: '2021-08-31T08:20:00.000Z', rate: 0 });
  });
});
