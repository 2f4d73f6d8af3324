import type { ErrorContext } from '../../src/dialect';
import type { MockError, MockErrorKind } from '../../src/errors/mock-error';
import type { Reply } from '../../src/http/reply';

interface ErrorRule {
  readonly status: number;
  readonly errorCode: string;
  /** A fixed text for server-side faults: their internal message never reaches a client. */
  readonly message?: string;
}

/**
 * Every failure answers `ErrorInfo {errorCode, url, message}` (seed 001 `default -> ErrorInfo`).
 * The real statuses are UNCONFIRMED (api-facts 2.4): auth failures are 401 (spec `401`), the
 * rest the plain HTTP status under the spec's `default`; `errorCode` is the status's reason
 * phrase in the spec's style (`Unauthorized`, `InternalError`, `ServiceUnavailable`).
 * `too_many_results` cannot arise here (the list is never capped); it answers 400 like any
 * other request the client must change.
 */
export const ERROR_RULES = {
  missing_credentials: { status: 401, errorCode: 'Unauthorized' },
  invalid_credentials: { status: 401, errorCode: 'Unauthorized' },
  forbidden: { status: 403, errorCode: 'Forbidden' },
  invalid_parameter: { status: 400, errorCode: 'BadRequest' },
  unknown_parameter: { status: 400, errorCode: 'BadRequest' },
  tenant_not_found: { status: 404, errorCode: 'NotFound' },
  resource_not_found: { status: 404, errorCode: 'NotFound' },
  route_not_found: { status: 404, errorCode: 'NotFound' },
  not_acceptable: { status: 406, errorCode: 'NotAcceptable' },
  too_many_results: { status: 400, errorCode: 'BadRequest' },
  rate_limited: { status: 429, errorCode: 'TooManyRequests', message: 'Too many requests, try again later' },
  internal: { status: 500, errorCode: 'InternalError', message: 'An internal error occurred while processing the request' },
  service_unavailable: {
    status: 503,
    errorCode: 'ServiceUnavailable',
    message: 'Velostrata management service is not available, try again later',
  },
} as const satisfies Record<MockErrorKind, ErrorRule>;

/**
 * Spring Security's Basic entry point sends this challenge with every 401 (spec `401` header).
 * The realm is taskmock's choice: the Manager's real one is UNCONFIRMED.
 */
export const BASIC_CHALLENGE = 'Basic realm="Velostrata"';

export function renderError(error: MockError, ctx: ErrorContext<unknown>): Reply {
  const rule: ErrorRule = ERROR_RULES[error.kind];
  const body = { errorCode: rule.errorCode, url: requestUrl(ctx), message: rule.message ?? error.message };
  const headers = rule.status === 401 ? { 'WWW-Authenticate': BASIC_CHALLENGE } : undefined;
  return { status: rule.status, headers, body };
}

/**
 * `ErrorInfo.url` is the request URL as Spring's `request.getRequestURL()` gives it: scheme,
 * host and path, without the query (INFERRED from the common `ErrorInfo(url, message)` pattern,
 * spec `ErrorInfo.url`). taskmock serves plain HTTP.
 */
export function requestUrl(ctx: Pick<ErrorContext<unknown>, 'headers' | 'url'>): string {
  const query = ctx.url.indexOf('?');
  const path = query === -1 ? ctx.url : ctx.url.slice(0, query);
  const host = ctx.headers.host;
  return host ? `http://${host}${path}` : path;
}
