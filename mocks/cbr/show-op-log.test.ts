import { OTHER_PROJECT_ID } from './generate/fleet';
import type { OperationLog } from './operation-log';
import { AUTH, cbrTestApp, committedTasks, LIST, type ListBody } from './test-support/cbr-test-app';
import { DEMO_PROJECT_ID } from './vocabulary';

const { api, sim } = cbrTestApp();
const SEED_TASK = '4827f2da-b008-4507-ab7d-42d0df5ed912';

describe('CBR ShowOpLog', () => {
  it("answers the seed's example task as the list shows it, wrapped in operation_log", async () => {
    const res = await api.get('showOpLog', `${LIST}/${SEED_TASK}`, AUTH);
    expect(res.status).toBe(200);
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f]{32}$/);
    expect(res.headers['content-type']).toBe('application/json;charset=UTF-8');
    const listed = (await api.get('listOpLogs', `${LIST}?limit=1000`, AUTH)).body as ListBody;
    expect((res.body as { operation_log: OperationLog }).operation_log).toEqual(listed.operation_logs.find((t) => t.id === SEED_TASK));
  });

  it('answers every task of the data set under its own project, and 404 under another', async () => {
    const tasks = committedTasks();
    const other = tasks.find((t) => t.project_id === OTHER_PROJECT_ID) as OperationLog;
    const mine = tasks.find((t) => t.project_id === DEMO_PROJECT_ID && t.status === 'failed') as OperationLog;
    const res = await api.get('showOpLog', `/v3/${OTHER_PROJECT_ID}/operation-logs/${other.id}`, AUTH);
    expect((res.body as { operation_log: OperationLog }).operation_log).toEqual(other);
    expect((await api.get('showOpLog', `${LIST}/${mine.id}`, AUTH)).body).toEqual({ operation_log: mine });
    const wrong = await api.get('showOpLog', `${LIST}/${other.id}`, AUTH);
    expect(wrong.status).toBe(404);
    expect(wrong.body).toEqual({ error_code: 'BackupService.9404', error_msg: `Operation log ${other.id} not found.` });
  });

  it.each([
    ['an unknown task', `${LIST}/00000000-0000-4000-8000-000000000000`, 404, 'BackupService.9404'],
    ['an unknown project', `/v3/0a1b2c3d4e5f60718293a4b5c6d7e8f9/operation-logs/${SEED_TASK}`, 404, 'BackupService.9404'],
    ['a malformed project id', `/v3/not-a-project/operation-logs/${SEED_TASK}`, 400, 'BackupService.9001'],
  ])('answers %s with %i %s', async (_label, url, status, code) => {
    const res = await api.get('showOpLog', url, AUTH);
    expect(res.status).toBe(status);
    expect((res.body as { error_code: string }).error_code).toBe(code);
  });

  it('answers 401 APIGW.0301 from the gateway without a token', async () => {
    const res = await api.get('showOpLog', `${LIST}/${SEED_TASK}`, {});
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ error_code: 'APIGW.0301', request_id: res.headers['x-request-id'] });
  });

  it("answers an injected forbidden fault with the gateway's documented 403 APIGW.0302 (the list, which documents none, says 404)", async () => {
    sim.faults.arm('showOpLog', 'forbidden', 403, 1);
    const res = await api.get('showOpLog', `${LIST}/${SEED_TASK}`, AUTH);
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ error_code: 'APIGW.0302', error_msg: 'The IAM user is not authorized to access the API.', request_id: res.headers['x-request-id'] });
    sim.faults.arm('listOpLogs', 'forbidden', 404, 1);
    expect((await api.get('listOpLogs', LIST, AUTH)).status).toBe(404);
  });
});
