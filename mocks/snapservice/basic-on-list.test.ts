import { ADMIN, basic, expectedTasks, fixtureTasks, LIST, PG, READONLY, snapserviceApp, TASKS_PATH } from './test-support/snapservice-test-app';

/** The list's second credential (the API page's `basic_auth`): what makes the README's one-curl cap work. */
describe('snapservice task list with HTTP Basic sent directly', () => {
  it('lists with Basic credentials as with a session', async () => {
    const { api, login } = snapserviceApp();
    const url = `${TASKS_PATH}?services=${PG}&status=FAILED`;
    const withBasic = await api.get(LIST, url, { authorization: ADMIN });
    const withSession = await api.get(LIST, url, await login());
    expect(withBasic.status).toBe(200);
    expect(withBasic.body).toEqual(withSession.body);
    expect((withBasic.body as { items: unknown[] }).items).toEqual(expectedTasks(fixtureTasks(), { services: [PG], status: ['FAILED'] }));
  });

  it('reproduces the 1000-task cap in one request (the README curl)', async () => {
    const res = await snapserviceApp().api.get(LIST, `${TASKS_PATH}?services=${PG}`, { authorization: ADMIN });
    expect(res.status).toBe(500);
    expect(res.body).toMatchObject({ error_type: 'RESOURCE_INACCESSIBLE' });
  });

  it('answers wrong Basic credentials 401 UNAUTHENTICATED with a challenge', async () => {
    const res = await snapserviceApp().api.get(LIST, `${TASKS_PATH}?services=${PG}`, { authorization: basic('administrator@vsphere.local', 'nope') });
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ error_type: 'UNAUTHENTICATED', challenge: expect.any(String) });
  });

  it('answers a user without System.Read 403 UNAUTHORIZED', async () => {
    const res = await snapserviceApp().api.get(LIST, `${TASKS_PATH}?services=${PG}`, { authorization: READONLY });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ error_type: 'UNAUTHORIZED' });
  });
});
