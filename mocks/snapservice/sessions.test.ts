import { snapserviceApp, ADMIN, READONLY, basic, LIST, PG, TASKS_PATH } from './test-support/snapservice-test-app';
import { CHALLENGE } from './errors';
import { usersFromSettings } from './users';

const DEFAULT_REQUEST = `${TASKS_PATH}?services=${PG}&status=FAILED`;
const LOGINS = [
  { operationId: 'createSession', route: '/api/session' },
  { operationId: 'createSnapserviceSession', route: '/api/snapservice/sessions' },
];

describe('snapservice sessions', () => {
  describe.each(LOGINS)('$route', ({ operationId, route }) => {
    it('answers 201 with a new session id as a JSON string for the demo user', async () => {
      const { api } = snapserviceApp();
      const first = await api.post(operationId, route, { authorization: ADMIN });
      const second = await api.post(operationId, route, { authorization: ADMIN });
      expect(first.status).toBe(201);
      expect(first.text).toMatch(/^"[0-9a-f]{32}"$/);
      expect(second.body).not.toBe(first.body);
    });

    it('gives a session the task list accepts', async () => {
      const { api, login } = snapserviceApp();
      const res = await api.get(LIST, DEFAULT_REQUEST, await login(ADMIN, route));
      expect(res.status).toBe(200);
    });

    it.each([
      ['no Authorization header', undefined],
      ['a Bearer token', 'Bearer abc'],
      ['a wrong password', basic('administrator@vsphere.local', 'wrong')],
      ['an unknown user', basic('nobody@vsphere.local', 'taskmock')],
      ['credentials without a colon', `Basic ${Buffer.from('administrator@vsphere.local').toString('base64')}`],
      ['an empty Basic value', 'Basic '],
    ])('answers 401 UNAUTHENTICATED with a challenge for %s', async (_case, authorization) => {
      const { api } = snapserviceApp();
      const res = await api.post(operationId, route, authorization === undefined ? {} : { authorization });
      expect(res.status).toBe(401);
      expect(res.body).toEqual({
        error_type: 'UNAUTHENTICATED',
        messages: [{ id: 'com.vmware.vapi.endpoint.method.authentication.required', default_message: 'Authentication required.', args: [] }],
        challenge: CHALLENGE,
      });
    });
  });

  it('matches SSO user names without regard to case, as vCenter does', async () => {
    const { api } = snapserviceApp();
    const res = await api.post('createSession', '/api/session', { authorization: basic('Administrator@VSPHERE.LOCAL', 'taskmock') });
    expect(res.status).toBe(201);
  });

  it('issues the same ids for the same seed (ids come from the app rng)', async () => {
    const a = await snapserviceApp().login();
    const b = await snapserviceApp().login();
    expect(a).toEqual(b);
  });

  describe('the task list', () => {
    it('answers 401 with a challenge without a session header', async () => {
      const { api } = snapserviceApp();
      const res = await api.get(LIST, DEFAULT_REQUEST);
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ error_type: 'UNAUTHENTICATED', challenge: CHALLENGE });
      expect((res.body as { messages: unknown[] }).messages).toHaveLength(1);
    });

    it('answers 401 with the reason for an unknown session id', async () => {
      const { api } = snapserviceApp();
      const res = await api.get(LIST, DEFAULT_REQUEST, { 'vmware-api-session-id': 'b00db39f948d13ea1e59b4d6fce56389' });
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({
        error_type: 'UNAUTHENTICATED',
        challenge: CHALLENGE,
        messages: [{ id: 'com.vmware.vapi.endpoint.method.authentication.required' }, { id: 'com.vmware.snapservice.session.invalid' }],
      });
    });

    it('does not accept a session of another app (sessions are per app state)', async () => {
      const headers = await snapserviceApp().login();
      const other = snapserviceApp();
      expect((await other.api.get(LIST, DEFAULT_REQUEST, headers)).status).toBe(401);
    });

    it('answers 403 UNAUTHORIZED, without challenge, to a user without System.Read', async () => {
      const { api, login } = snapserviceApp();
      const res = await api.get(LIST, DEFAULT_REQUEST, await login(READONLY));
      expect(res.status).toBe(403);
      expect(res.body).toEqual({
        error_type: 'UNAUTHORIZED',
        messages: [{ id: 'vapi.security.authorization.invalid', default_message: 'Unable to authorize user', args: [] }],
      });
    });

    it('checks credentials before parameters: 401 and 403 win over 400', async () => {
      const { api, login } = snapserviceApp();
      expect((await api.get(LIST, `${TASKS_PATH}?status=DONE`)).status).toBe(401);
      expect((await api.get(LIST, `${TASKS_PATH}?status=DONE`, await login(READONLY))).status).toBe(403);
    });
  });

  describe('users from settings', () => {
    const settings = {
      users: [
        { name: 'auditor@corp.example', password: 's3cret' },
        { name: 'guest@corp.example', password: 'guest', privileges: ['System.Anonymous'] },
      ],
    };

    it('replace the demo users; privileges default to System.Read', async () => {
      const { api, login } = snapserviceApp(settings);
      expect((await api.post('createSession', '/api/session', { authorization: ADMIN })).status).toBe(401);
      expect((await api.get(LIST, DEFAULT_REQUEST, await login(basic('auditor@corp.example', 's3cret')))).status).toBe(200);
      expect((await api.get(LIST, DEFAULT_REQUEST, await login(basic('guest@corp.example', 'guest')))).status).toBe(403);
    });

    it.each([
      ['not a list', { users: 'admin' }],
      ['an entry without a name', { users: [{ password: 'x' }] }],
      ['a password that is not a string', { users: [{ name: 'a', password: 1 }] }],
      ['privileges that are not strings', { users: [{ name: 'a', password: 'b', privileges: [1] }] }],
    ])('reject %s at start-up', (_case, bad) => {
      expect(() => usersFromSettings(bad)).toThrow(/snapservice settings: users/);
    });
  });
});
