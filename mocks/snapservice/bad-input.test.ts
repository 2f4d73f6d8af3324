import request from 'supertest';
import { snapserviceApp, LIST, PG, TASKS_PATH } from './test-support/snapservice-test-app';

async function setup() {
  const app = snapserviceApp();
  const examples = (operationId: string, status: number): Readonly<Record<string, unknown>> => {
    const response = app.validators.operation(operationId).responses.find((r) => r.status === String(status));
    return response?.content['application/json']?.examples ?? {};
  };
  return { ...app, headers: await app.login(), examples };
}

describe('snapservice bad input', () => {
  it.each([
    ['no filter at all', ''],
    ['only operations', '?operations=create'],
    ['only status', '?status=FAILED'],
    ['only users', `?users=${encodeURIComponent('VSPHERE.LOCAL\\Administrator')}`],
  ])('answers 400 INVALID_ARGUMENT, as the spec example FilterMissingError, for %s', async (_case, query) => {
    const { api, headers, examples } = await setup();
    const res = await api.get(LIST, `${TASKS_PATH}${query}`, headers);
    expect(res.status).toBe(400);
    expect(res.body).toEqual(examples(LIST, 400)['filterMissing']);
  });

  it('answers an unknown status exactly as the spec example UnknownStatusError', async () => {
    const { api, headers, examples } = await setup();
    const res = await api.get(LIST, `${TASKS_PATH}?services=${PG}&status=DONE`, headers);
    expect(res.status).toBe(400);
    expect(res.body).toEqual(examples(LIST, 400)['unknownStatus']);
  });

  it.each([
    ['a lower-case status', 'status=failed', 'failed'],
    ['an unknown status in a comma list', 'status=RUNNING,DONE', 'DONE'],
    ['an unknown status among repeated keys', 'status=RUNNING&status=Done', 'Done'],
    ['an empty status', 'status=', ''],
  ])('answers 400 naming the value for %s', async (_case, query, value) => {
    const { api, headers } = await setup();
    const res = await api.get(LIST, `${TASKS_PATH}?services=${PG}&${query}`, headers);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      error_type: 'INVALID_ARGUMENT',
      messages: [
        { id: 'com.vmware.snapservice.tasks.filter.status.invalid', default_message: `Invalid value '${value}' for parameter 'status'.`, args: [value, 'status'] },
      ],
    });
  });

  it.each([
    ['an empty services value', 'services=', 'services'],
    ['an empty piece in a services comma list', `services=${PG},,${PG}.snapshots`, 'services'],
    ['an empty tasks value', 'tasks=', 'tasks'],
    ['an empty operations value', `services=${PG}&operations=`, 'operations'],
    ['an empty users value', `services=${PG}&users=`, 'users'],
  ])('answers 400 with the message stack of InvalidParameterStackError for %s', async (_case, query, param) => {
    const { api, headers, examples } = await setup();
    const res = await api.get(LIST, `${TASKS_PATH}?${query}`, headers);
    expect(res.status).toBe(400);
    const example = examples(LIST, 400)['invalidParameterStack'] as { messages: readonly unknown[] };
    expect(res.body).toEqual({
      error_type: 'INVALID_ARGUMENT',
      messages: [
        example.messages[0],
        {
          id: `com.vmware.snapservice.tasks.filter.${param}.empty_value`,
          default_message: `The parameter '${param}' contains an empty identifier.`,
          args: [param],
        },
      ],
    });
  });

  it('answers the spec examples for a missing session, an unknown session and a missing privilege', async () => {
    const { api, login, examples } = await setup();
    const url = `${TASKS_PATH}?services=${PG}&status=FAILED`;
    expect((await api.get(LIST, url)).body).toEqual(examples(LIST, 401)['sessionMissing']);
    expect((await api.get(LIST, url, { 'vmware-api-session-id': 'nope' })).body).toEqual(examples(LIST, 401)['sessionUnknown']);
    const readonly = await login(`Basic ${Buffer.from('readonly@vsphere.local:taskmock').toString('base64')}`);
    expect((await api.get(LIST, url, readonly)).body).toEqual(examples(LIST, 403)['missingSystemRead']);
    const badLogin = await api.post('createSession', '/api/session', { authorization: 'Basic eDp5' });
    expect(badLogin.body).toEqual(examples('createSession', 401)['badCredentials']);
  });

  it('answers the spec example TooManyTasksError over the cap', async () => {
    const { api, headers, examples } = await setup();
    const res = await api.get(LIST, `${TASKS_PATH}?services=${PG}`, headers);
    expect(res.body).toEqual(examples(LIST, 500)['tooManyTasks']);
  });

  it.each([
    ['an unknown path under /api/', 'get', '/api/snapservice/nothing'],
    ['the wrong method on a task (the kit cancels no Snapservice task)', 'delete', `${TASKS_PATH}/3c5b9f0e-8a41-4d2b-9e7c-1f6a0d2b4c83:com.vmware.snapservice`],
    ['the wrong method on the task list', 'post', TASKS_PATH],
    ['the wrong method on a login', 'get', '/api/session'],
  ] as const)('answers vCenter 404 NOT_FOUND, never HTML, for %s', async (_case, method, url) => {
    const { app, validators } = await setup();
    const res = await request(app)[method](url);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body).toEqual({
      error_type: 'NOT_FOUND',
      messages: [{ id: 'com.vmware.vapi.rest.httpNotFound', default_message: 'Not found.', args: [] }],
    });
    expect(validators.component('snapservice', 'VapiStdError')(res.body)).toEqual([]);
  });
});
