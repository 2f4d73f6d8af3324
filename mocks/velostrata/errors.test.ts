import type { ErrorContext } from '../../src/dialect';
import { MockError, type MockErrorKind } from '../../src/errors/mock-error';
import { createRng } from '../../src/runtime/rng';
import { assertMatchesSpec } from '../../src/testing/checked-client';
import { testValidators } from '../../src/testing/create-test-app';
import { BASIC_CHALLENGE, ERROR_RULES, renderError, requestUrl } from './errors';

const ctx: ErrorContext<unknown> = {
  op: undefined,
  state: undefined,
  headers: { host: '127.0.0.1:4010' },
  url: '/velostrata/api/v42/tasks?page=2',
  rng: createRng(1),
  settings: {},
};

const expected: Record<MockErrorKind, number> = {
  missing_credentials: 401,
  invalid_credentials: 401,
  forbidden: 403,
  invalid_parameter: 400,
  unknown_parameter: 400,
  tenant_not_found: 404,
  resource_not_found: 404,
  route_not_found: 404,
  not_acceptable: 406,
  too_many_results: 400,
  rate_limited: 429,
  internal: 500,
  service_unavailable: 503,
};

describe('renderError', () => {
  const kinds = Object.keys(ERROR_RULES) as MockErrorKind[];

  it.each(kinds)('renders %s as an ErrorInfo the spec accepts, with its status', (kind) => {
    const reply = renderError(new MockError(kind, 'something specific'), ctx);
    expect(reply.status).toBe(expected[kind]);
    const headers = Object.fromEntries(Object.entries({ ...reply.headers, 'Content-Type': 'application/json' }).map(([k, v]) => [k.toLowerCase(), v]));
    const text = JSON.stringify(reply.body);
    expect(() => assertMatchesSpec(testValidators(), 'getActiveTasks', { status: reply.status, headers, body: reply.body, text })).not.toThrow();
    expect(reply.body).toEqual({ errorCode: ERROR_RULES[kind].errorCode, url: 'http://127.0.0.1:4010/velostrata/api/v42/tasks', message: expect.any(String) });
  });

  it('sends the Basic challenge with every 401 and only then', () => {
    for (const kind of kinds) {
      const reply = renderError(new MockError(kind, 'x'), ctx);
      expect(reply.headers?.['WWW-Authenticate']).toBe(reply.status === 401 ? BASIC_CHALLENGE : undefined);
    }
  });

  it('keeps the message of client errors and never leaks an internal one', () => {
    expect(renderError(new MockError('route_not_found', 'no API route GET /velostrata/x'), ctx).body).toMatchObject({
      message: 'no API route GET /velostrata/x',
    });
    expect(renderError(new MockError('internal', 'TypeError: x is undefined at handlers.ts:3'), ctx).body).toMatchObject({
      message: 'An internal error occurred while processing the request',
    });
  });
});

describe('requestUrl', () => {
  it.each([
    [{ host: 'mgr.example.com' }, '/velostrata/api/v42/tasks', 'http://mgr.example.com/velostrata/api/v42/tasks'],
    [{ host: 'mgr.example.com:8443' }, '/velostrata/api/v42/tasks?x=1&y=2', 'http://mgr.example.com:8443/velostrata/api/v42/tasks'],
    [{}, '/velostrata/api/v42/tasks?x=1', '/velostrata/api/v42/tasks'],
  ])('%p %s → %s', (headers, url, expectedUrl) => {
    expect(requestUrl({ headers, url })).toBe(expectedUrl);
  });
});
