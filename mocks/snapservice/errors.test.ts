import type { ErrorContext } from '../../src/dialect';
import { MockError, type MockErrorKind } from '../../src/errors/mock-error';
import { createRng } from '../../src/runtime/rng';
import { testValidators } from '../../src/testing/create-test-app';
import { renderError } from './errors';
import type { SnapserviceState } from './state';
import { viewOf } from './test-support/view-of';

const validators = testValidators();
const state = viewOf([]);

function context(operationId: string | undefined, url = '/api/snapservice/tasks'): ErrorContext<SnapserviceState> {
  const op = operationId === undefined ? undefined : validators.operation(operationId);
  return { op, state, headers: {}, url, rng: createRng(1), settings: {} };
}

/** The vAPI status of every kind on the task list (seed 002 grouping; vAPI generic map for the rest). */
const LIST_STATUS: Record<MockErrorKind, number> = {
  missing_credentials: 401,
  invalid_credentials: 401,
  forbidden: 403,
  invalid_parameter: 400,
  unknown_parameter: 400,
  not_acceptable: 400,
  tenant_not_found: 404,
  resource_not_found: 404,
  route_not_found: 404,
  too_many_results: 500,
  rate_limited: 503,
  internal: 500,
  service_unavailable: 503,
};
const KINDS = Object.keys(LIST_STATUS) as MockErrorKind[];

describe('snapservice renderError', () => {
  it.each(KINDS)('renders %s on the task list with its status and a body the spec accepts', (kind) => {
    const reply = renderError(new MockError(kind, 'x', { param: 'services' }), context('listSnapserviceTasks'));
    expect(reply.status).toBe(LIST_STATUS[kind]);
    const validate = validators.response('listSnapserviceTasks', reply.status, 'application/json') ?? validators.component('snapservice', 'VapiStdError');
    expect(validate(reply.body)).toEqual([]);
    expect(JSON.stringify(reply.body)).not.toMatch(/at .*\.ts:\d+/);
  });

  it.each(['createSession', 'createSnapserviceSession'])('answers only documented statuses on %s (a server fault is 503)', (operationId) => {
    for (const kind of ['missing_credentials', 'invalid_credentials', 'internal', 'rate_limited', 'service_unavailable', 'too_many_results'] as const) {
      const reply = renderError(new MockError(kind, 'x'), context(operationId, '/api/session'));
      const validate = validators.response(operationId, reply.status, 'application/json');
      expect(validate).toBeDefined();
      expect(validate?.(reply.body)).toEqual([]);
    }
  });

  it('tells a saturated login it reached the session limit', () => {
    const reply = renderError(new MockError('rate_limited', 'x'), context('createSession', '/api/session'));
    expect(reply).toMatchObject({ status: 503, body: { messages: [{ id: 'com.vmware.snapservice.session.limit_reached' }] } });
  });

  it('renders an unknown route without an operation as vCenter does', () => {
    const reply = renderError(new MockError('route_not_found', 'no route'), context(undefined, '/api/other'));
    expect(reply).toEqual({
      status: 404,
      body: { error_type: 'NOT_FOUND', messages: [{ id: 'com.vmware.vapi.rest.httpNotFound', default_message: 'Not found.', args: [] }] },
    });
  });

  it('puts a challenge on every 401 and on nothing else', () => {
    for (const kind of KINDS) {
      const body = renderError(new MockError(kind, 'x'), context('listSnapserviceTasks')).body as Record<string, unknown>;
      expect('challenge' in body).toBe(LIST_STATUS[kind] === 401);
    }
  });
});
