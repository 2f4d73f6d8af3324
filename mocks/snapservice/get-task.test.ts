import type { ListItem, TaskInfo } from './list-item';
import { ADMIN, fixtureTasks, READONLY, snapserviceApp, TASKS_PATH } from './test-support/snapservice-test-app';

const GET = 'getSnapserviceTask';
const RECORDS = fixtureTasks();
const byStatus = (status: string) => RECORDS.find((r) => r.info.status === status) as ListItem;
const urlOf = (id: string) => `${TASKS_PATH}/${encodeURIComponent(id)}`;

describe('snapservice GET /api/snapservice/tasks/{task}', () => {
  it.each(['SUCCEEDED', 'FAILED', 'RUNNING', 'PENDING', 'BLOCKED'])('answers a loaded %s task with its info exactly as the fixture holds it', async (status) => {
    const app = snapserviceApp();
    const record = byStatus(status);
    const res = await app.api.get(GET, urlOf(record.task), await app.login());
    expect(res.status).toBe(200);
    expect(res.body).toEqual(record.info);
  });

  it('serves the spec\'s path example, a task of the default data', async () => {
    const app = snapserviceApp();
    const example = String(app.validators.operation(GET).parameters.find((p) => p.name === 'task')?.example);
    const res = await app.api.get(GET, urlOf(example), { authorization: ADMIN });
    expect(res.status).toBe(200);
    expect((res.body as TaskInfo).status).toBe('SUCCEEDED');
  });

  it('answers an unknown task 404 NOT_FOUND naming it', async () => {
    const app = snapserviceApp();
    const res = await app.api.get(GET, urlOf('nope:com.vmware.snapservice'), await app.login());
    expect(res.status).toBe(404);
    expect(res.body).toEqual({
      error_type: 'NOT_FOUND',
      messages: [{ id: 'com.vmware.snapservice.tasks.not_found', default_message: "Task 'nope:com.vmware.snapservice' does not exist.", args: ['nope:com.vmware.snapservice'] }],
    });
  });

  it('asks for credentials as the list does: 401 without, 403 without System.Read', async () => {
    const app = snapserviceApp();
    const id = byStatus('SUCCEEDED').task;
    const none = await app.api.get(GET, urlOf(id), {});
    expect(none.status).toBe(401);
    expect(none.body).toMatchObject({ error_type: 'UNAUTHENTICATED' });
    const unknown = await app.api.get(GET, urlOf(id), { 'vmware-api-session-id': '0'.repeat(32) });
    expect(unknown.status).toBe(401);
    const readonly = await app.api.get(GET, urlOf(id), await app.login(READONLY));
    expect(readonly.status).toBe(403);
    expect(readonly.body).toMatchObject({ error_type: 'UNAUTHORIZED' });
  });

  it('localizes its messages when a locale is asked for', async () => {
    const app = snapserviceApp();
    const record = byStatus('FAILED');
    const res = await app.api.get(GET, urlOf(record.task), { ...(await app.login()), 'accept-language': 'de' });
    const info = res.body as TaskInfo;
    expect(info.description.localized).toBe(record.info.description.default_message);
    expect(info.error?.messages.map((m) => m.localized)).toEqual(record.info.error?.messages.map((m) => m.default_message));
  });
});
