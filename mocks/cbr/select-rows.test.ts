import { createRng } from '../../src/runtime/rng';
import { TaskChanges } from '../../src/state/task-changes';
import { createBase } from './cbr-base';
import { createView } from './cbr-view';
import { toTaskFilter, type FilterCriteria } from './filters';
import type { OperationLog } from './operation-log';
import { selectRows } from './select-rows';
import { task } from './test-support/cbr-test-app';
import { DEMO_PROJECT_ID } from './vocabulary';

const NOW = Date.UTC(2021, 7, 31, 8, 20);
const resource = (id: string, name: string) => ({ resource: { id, name, type: 'OS::Nova::Server' as const }, common: { progress: 100, request_id: 'req-1' } });
const TASKS: OperationLog[] = [
  task({ id: 'a', created_at: '2021-08-30T18:00:00Z', ended_at: '2021-08-30T18:10:00Z', vault_id: 'v1', vault_name: 'vault-prod-ecs', provider_id: 'p1', extra_info: resource('r1', 'ecs-web-01') }),
  task({ id: 'b', created_at: '2021-08-29T18:00:00.000+00:00', ended_at: '2021-08-29T18:05:00.000+00:00', status: 'failed', vault_id: 'v1', vault_name: 'vault-prod-ecs', provider_id: 'p1', extra_info: resource('r2', 'ecs-web-02') }),
  task({ id: 'c', created_at: '2021-08-31T08:00:00.123456', status: 'running', operation_type: 'replication', vault_id: 'v2', vault_name: 'vault-evs-data', provider_id: 'p2', extra_info: resource('r1', 'ecs-web-01') }),
  task({ id: 'd', created_at: '2021-08-28T00:00:00Z', ended_at: '2021-08-28T00:01:00Z', operation_type: 'delete', enterprise_project_id: 'ep-1' }),
  task({ id: 'e', created_at: '2021-08-27T00:00:00Z', ended_at: '2021-08-27T00:01:00Z', enterprise_project_id: 'ep-2' }),
];
const base = createBase({ records: { operationLogs: TASKS }, loadedAt: NOW, rng: createRng(1), settings: {} });
const view = createView({ base, changes: TaskChanges.NONE, now: NOW, settings: {} }).state;
const rows = base.rowsByProject.get(DEMO_PROJECT_ID) as Int32Array;

function select(criteria: FilterCriteria, window = { limit: 1000, offset: 0 }, now = NOW): { count: number; ids: string[] } {
  const { count, page } = selectRows(view, rows, [], toTaskFilter(criteria, base.codes), now, window);
  return { count, ids: Array.from(page, (row) => (JSON.parse(base.json.text(row)) as OperationLog).id) };
}

describe('selectRows', () => {
  it.each<[string, FilterCriteria, string[]]>([
    ['no criteria: all, newest first', {}, ['c', 'a', 'b', 'd', 'e']],
    ['operation_type', { operationType: 'replication' }, ['c']],
    ['operation_type nobody has', { operationType: 'sync' }, []],
    ['status', { status: 'failed' }, ['b']],
    ['provider_id', { providerId: 'p1' }, ['a', 'b']],
    ['resource_id (extra_info.resource.id)', { resourceId: 'r1' }, ['c', 'a']],
    ['resource_name (extra_info.resource.name)', { resourceName: 'ecs-web-02' }, ['b']],
    ['vault_id', { vaultId: 'v2' }, ['c']],
    ['vault_name', { vaultName: 'vault-prod-ecs' }, ['a', 'b']],
    ['unknown vault_name', { vaultName: 'vault-nope' }, []],
    ['AND of two', { vaultName: 'vault-prod-ecs', status: 'success' }, ['a']],
    ['start_time <= started_at', { startTime: Date.UTC(2021, 7, 29, 18) }, ['c', 'a', 'b']],
    ['end_time >= ended_at; running uses now', { endTime: Date.UTC(2021, 7, 30, 18, 10) }, ['a', 'b', 'd', 'e']],
    ['end_time after now keeps running tasks', { endTime: NOW }, ['c', 'a', 'b', 'd', 'e']],
    ['enterprise_project_id narrows only tasks that carry one', { enterpriseProjectId: 'ep-1' }, ['c', 'a', 'b', 'd']],
    ['unknown enterprise_project_id keeps tasks without one', { enterpriseProjectId: 'ep-9' }, ['c', 'a', 'b']],
    ['all_granted_eps keeps everything', { enterpriseProjectId: 'all_granted_eps' }, ['c', 'a', 'b', 'd', 'e']],
  ])('%s', (_label, criteria, ids) => {
    expect(select(criteria)).toEqual({ count: ids.length, ids });
  });

  it.each([
    [{ limit: 2, offset: 0 }, ['c', 'a']],
    [{ limit: 2, offset: 2 }, ['b', 'd']],
    [{ limit: 2, offset: 4 }, ['e']],
    [{ limit: 2, offset: 5 }, []],
  ])('windows the matches %j and still counts them all', (window, ids) => {
    expect(select({}, window)).toEqual({ count: 5, ids });
    expect(select({ endTime: NOW }, window)).toEqual({ count: 5, ids });
  });

  it('counts a running task as ending "now" at the time of the request', () => {
    const endTime = Date.UTC(2021, 7, 31, 8, 30);
    expect(select({ endTime }, undefined, NOW).ids).toContain('c');
    expect(select({ endTime }, undefined, endTime + 1).ids).not.toContain('c');
  });
});
