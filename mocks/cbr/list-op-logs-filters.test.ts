import { AUTH, cbrTestApp, committedTasks, epochOf, LIST, task, writeDataSet, type ListBody } from './test-support/cbr-test-app';
import type { OperationLog } from './operation-log';
import { DEMO_PROJECT_ID, OPERATION_TYPES, TASK_STATUSES } from './vocabulary';

const { api, clock } = cbrTestApp();
const demoTasks = committedTasks().filter((t) => t.project_id === DEMO_PROJECT_ID);
const distinct = (pick: (t: OperationLog) => string | undefined): string[] =>
  [...new Set(demoTasks.map(pick).filter((v): v is string => v !== undefined))].sort();

async function idsFor(query: Record<string, string>): Promise<{ ids: string[]; count: number }> {
  const res = await api.get('listOpLogs', `${LIST}?${new URLSearchParams(query).toString()}`, AUTH);
  expect(res.status).toBe(200);
  const body = res.body as ListBody;
  return { ids: body.operation_logs.map((t) => t.id).sort(), count: body.count };
}

/** The independent reading of each filter (decisions.md CBR; specs/cbr.yaml parameter descriptions). */
const FIELD: Readonly<Record<string, (t: OperationLog) => string | undefined>> = {
  operation_type: (t) => t.operation_type,
  status: (t) => t.status,
  provider_id: (t) => t.provider_id,
  resource_id: (t) => t.extra_info?.resource.id,
  resource_name: (t) => t.extra_info?.resource.name,
  vault_id: (t) => t.vault_id,
  vault_name: (t) => t.vault_name,
};

function expected(query: Record<string, string>, now: number): string[] {
  return demoTasks
    .filter((t) => Object.entries(query).every(([name, value]) => {
      if (name === 'start_time') return epochOf(t.started_at) >= epochOf(value);
      if (name === 'end_time') return (t.ended_at ? epochOf(t.ended_at) : now) <= epochOf(value);
      return FIELD[name]?.(t) === value;
    }))
    .map((t) => t.id)
    .sort();
}

const cases: [string, string][] = [
  ...OPERATION_TYPES.map((v): [string, string] => ['operation_type', v]),
  ...TASK_STATUSES.map((v): [string, string] => ['status', v]),
  ...(['provider_id', 'resource_id', 'resource_name', 'vault_id', 'vault_name'] as const).flatMap((name) =>
    distinct(FIELD[name] as (t: OperationLog) => string | undefined).map((v): [string, string] => [name, v]),
  ),
];

describe('CBR ListOpLogs: filters', () => {
  it.each(cases)('%s=%s returns exactly the matching tasks', async (name, value) => {
    const got = await idsFor({ [name]: value });
    const want = expected({ [name]: value }, clock.now());
    expect(got.ids).toEqual(want);
    expect(got.count).toBe(want.length);
  });

  it('combines filters with AND', async () => {
    const query = { operation_type: 'backup', status: 'success', vault_name: 'vault-prod-ecs', start_time: '2021-07-15T00:00:00Z' };
    const want = expected(query, clock.now());
    expect(want.length).toBeGreaterThan(0);
    expect((await idsFor(query)).ids).toEqual(want);
  });

  it.each(['resource_id', 'resource_name', 'vault_id', 'vault_name', 'provider_id'])('%s that no task has gives an empty list, count 0', async (name) => {
    expect(await idsFor({ [name]: 'no-such-value' })).toEqual({ ids: [], count: 0 });
  });

  it.each(['2021-06-01T00:00:00Z', '2021-08-20T18:00:00Z', '2021-08-31T08:00:00Z', '2030-01-01T00:00:00Z'])(
    'start_time=%s keeps tasks started at or after it',
    async (value) => {
      expect((await idsFor({ start_time: value })).ids).toEqual(expected({ start_time: value }, clock.now()));
    },
  );

  it.each(['2019-05-23T14:35:23Z', '2019-05-23T14:35:24Z', '2021-08-01T00:00:00Z', '2021-08-31T08:20:00Z'])(
    'end_time=%s keeps tasks ended at or before it (running ones count as ending now)',
    async (value) => {
      expect((await idsFor({ end_time: value })).ids).toEqual(expected({ end_time: value }, clock.now()));
    },
  );

  it('reads the seed task, whose ended_at has an offset and milliseconds, at its exact instant', async () => {
    // ended_at 2019-05-23T14:35:23.511+00:00: after 14:35:23Z, before 14:35:24Z.
    expect((await idsFor({ end_time: '2019-05-23T14:35:23Z', start_time: '2019-05-23T00:00:00Z' })).ids).toEqual([]);
    expect((await idsFor({ end_time: '2019-05-23T14:35:24Z', start_time: '2019-05-23T00:00:00Z' })).ids).toEqual([
      '4827f2da-b008-4507-ab7d-42d0df5ed912',
    ]);
  });

  it('lets tasks still running fall out of an end_time window as the simulated clock passes it', async () => {
    const open = demoTasks.filter((t) => !t.ended_at).map((t) => t.id);
    expect(open.length).toBeGreaterThan(0);
    const query = { end_time: new Date(clock.now() + 60_000).toISOString().slice(0, 19) + 'Z' };
    expect((await idsFor(query)).ids).toEqual(expect.arrayContaining(open));
    const start = clock.now();
    clock.advance(120_000);
    try {
      // Loaded tasks move on with the clock (some finish): read them as served now.
      const res = await api.get('listOpLogs', `${LIST}?limit=1000`, AUTH);
      const served = (res.body as ListBody).operation_logs;
      const stillOpen = served.filter((t) => open.includes(t.id) && !t.ended_at).map((t) => t.id);
      expect(stillOpen.length).toBeGreaterThan(0);
      const later = (await idsFor(query)).ids;
      expect(later.some((id) => stillOpen.includes(id))).toBe(false);
      const within = served.filter((t) => (t.ended_at ? epochOf(t.ended_at) : clock.now()) <= epochOf(query.end_time));
      expect(later).toEqual(within.map((t) => t.id).sort());
    } finally {
      clock.set(start);
    }
  });

  it.each(['all_granted_eps', '0', 'a9a2f2d1-4e35-4ad8-9b38-1d6b5c2e0f11'])(
    'accepts enterprise_project_id=%s and narrows nothing: no generated task carries one (api-facts 5.6)',
    async (value) => {
      expect((await idsFor({ enterprise_project_id: value })).ids).toEqual(demoTasks.map((t) => t.id).sort());
    },
  );
});

describe('CBR ListOpLogs: enterprise_project_id on data that carries one', () => {
  // OperationLog has no enterprise-project field; a user's own data set may add one (objects are open).
  const dataDir = writeDataSet([
    task({ id: 'in-ep', created_at: '2021-08-30T10:00:00Z', enterprise_project_id: 'ep-finance' }),
    task({ id: 'other-ep', created_at: '2021-08-30T09:00:00Z', enterprise_project_id: 'ep-hr' }),
    task({ id: 'no-ep', created_at: '2021-08-30T08:00:00Z' }),
  ]);
  const custom = cbrTestApp({ dataDir }).api;
  it.each([
    ['ep-finance', ['in-ep', 'no-ep']],
    ['ep-unknown', ['no-ep']],
    ['all_granted_eps', ['in-ep', 'other-ep', 'no-ep']],
  ])('enterprise_project_id=%s narrows only the tasks that carry one', async (value, expectedIds) => {
    const res = await custom.get('listOpLogs', `${LIST}?enterprise_project_id=${value}`, AUTH);
    expect((res.body as ListBody).operation_logs.map((t) => t.id)).toEqual(expectedIds);
  });
});
