import { createRng } from '../../src/runtime/rng';
import type { StoredTask } from '../../src/state/stored-task';
import { TaskChanges } from '../../src/state/task-changes';
import { createBase } from './cbr-base';
import { createView } from './cbr-view';
import { readCriteria, toTaskFilter } from './filters';
import type { OperationLog } from './operation-log';
import { pageChunks } from './page-chunks';
import { selectRows } from './select-rows';
import { task } from './test-support/cbr-test-app';
import { DEMO_PROJECT_ID } from './vocabulary';

const NOW = Date.UTC(2021, 7, 31, 8, 20);
const extra = { resource: { id: 'r1', name: 'ecs-web-01', type: 'OS::Nova::Server' as const }, common: { progress: 100, request_id: 'req-1' } };
const LOADED: OperationLog[] = [
  task({ id: 'a', created_at: '2021-08-30T18:00:00Z', ended_at: '2021-08-30T18:10:00Z', vault_name: 'vault-1', extra_info: extra }),
  task({ id: 'b', created_at: '2021-08-29T18:00:00Z', ended_at: '2021-08-29T18:05:00Z', vault_name: 'vault-1', extra_info: extra }),
  task({ id: 'c', created_at: '2021-08-28T18:00:00Z', ended_at: '2021-08-28T18:05:00Z', vault_name: 'vault-1', extra_info: extra }),
  task({ id: 'r', created_at: '2021-08-31T08:10:00Z', started_at: '2021-08-31T08:10:00Z', status: 'running', vault_name: 'vault-1', extra_info: { ...extra, common: { progress: 50, request_id: 'req-2' } } }),
];
const base = createBase({ records: { operationLogs: LOADED }, loadedAt: NOW, rng: createRng(1), settings: {} });
const stored = (t: OperationLog, run?: StoredTask['run']): StoredTask => ({ id: t.id, tenant: t.project_id, task: t, run });

/** The served list of the demo project for a query, through the view as the handler reads it. */
function list(changes: TaskChanges, query: Record<string, unknown> = {}, now = NOW): { count: number; tasks: OperationLog[] } {
  const { state } = createView({ base, changes, now, settings: {} });
  const rows = base.rowsByProject.get(DEMO_PROJECT_ID) as Int32Array;
  const extras = state.extras.byProject.get(DEMO_PROJECT_ID) ?? [];
  const { count, page } = selectRows(state, rows, extras, toTaskFilter(readCriteria(query), base.codes), now, { limit: 1000, offset: 0 });
  const body = Buffer.concat(pageChunks(state, page, extras, Buffer.from('['), Buffer.from(']'))).toString('utf8');
  return { count, tasks: JSON.parse(body) as OperationLog[] };
}
const ids = (result: { tasks: OperationLog[] }) => result.tasks.map((t) => t.id);

describe('createView (CBR)', () => {
  it('serves the loaded tasks as loaded when nothing changed, the running one at its progress', () => {
    expect(ids(list(TaskChanges.NONE))).toEqual(['r', 'a', 'b', 'c']);
    expect(list(TaskChanges.NONE).tasks[0]).toEqual(LOADED[3]);
  });

  it('merges a created task in answer order, hides a removed one, and moves a changed one to its new place', () => {
    const created = task({ id: 'n', created_at: '2021-08-29T20:00:00Z', ended_at: '2021-08-29T20:01:00Z', vault_name: 'vault-new', extra_info: extra });
    const changedC = { ...(LOADED[2] as OperationLog), created_at: '2021-08-30T19:00:00Z', vault_name: 'vault-new' };
    const changes = TaskChanges.of([['n', stored(created)], ['a', null], ['c', stored(changedC)]]);
    const result = list(changes);
    expect(ids(result)).toEqual(['r', 'c', 'n', 'b']);
    expect(result.count).toBe(4);
    expect(result.tasks[1]).toEqual(changedC);
    // A value no loaded task holds still finds the created and changed tasks.
    expect(ids(list(changes, { vault_name: 'vault-new' }))).toEqual(['c', 'n']);
    expect(ids(list(changes, { vault_name: 'vault-1' }))).toEqual(['r', 'b']);
  });

  it('breaks a tie on created_at by id, between a loaded and a created task', () => {
    const tie = (id: string) => task({ id, created_at: '2021-08-29T18:00:00Z', ended_at: '2021-08-29T18:05:00Z', extra_info: extra });
    expect(ids(list(TaskChanges.of([['a0', stored(tie('a0'))], ['bz', stored(tie('bz'))]])))).toEqual(['r', 'a', 'a0', 'b', 'bz', 'c']);
  });

  it('is valid until the next change of a run it shows, and for ever when no run is open', () => {
    expect(createView({ base, changes: TaskChanges.NONE, now: NOW, settings: {} }).validUntil).toBe(NOW + 1000);
    const later = NOW + 86_400_000;
    expect(list(TaskChanges.NONE, {}, later).tasks[0]?.status).toBe('success');
    expect(createView({ base, changes: TaskChanges.NONE, now: later, settings: {} }).validUntil).toBe(Number.POSITIVE_INFINITY);
  });

  it('reads status filters at the view moment: the running task is success once its run is over', () => {
    expect(ids(list(TaskChanges.NONE, { status: 'running' }))).toEqual(['r']);
    const later = NOW + 86_400_000;
    expect(ids(list(TaskChanges.NONE, { status: 'running' }, later))).toEqual([]);
    expect(ids(list(TaskChanges.NONE, { status: 'success' }, later))).toEqual(['r', 'a', 'b', 'c']);
  });
});
