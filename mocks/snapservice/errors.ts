import type { ErrorContext } from '../../src/dialect';
import type { MockError, MockErrorKind } from '../../src/errors/mock-error';
import type { Reply } from '../../src/http/reply';
import type { Operation } from '../../src/spec/operation';
import { LOGIN_OPERATIONS, SESSION_HEADER } from './auth';
import { MAX_MATCHES } from './filters';
import { invalidArgumentMessages } from './invalid-argument-messages';
import { vapiMessage, type LocalizableMessage, type VapiError } from './list-item';
import { localizeMessage, requestsLocale } from './localize';
import type { SnapserviceState } from './state';

/**
 * What vCenter puts in `challenge` (seed 002: RFC 7235 WWW-Authenticate syntax; the value of a
 * real PowerCLI error dump, api-facts 3.4). decisions.md: every 401 of taskmock carries it.
 */
export const CHALLENGE =
  'Basic realm="VAPI endpoint",SIGN realm="27da1358-2ba4-11e9-b210-d663bd873d93",service="VAPI endpoint",sts="https://vcenter.example.com/sts/STSService/vsphere.local"';

/** The real vCenter 401 message (api-facts 3.4). */
const AUTHENTICATION_REQUIRED = vapiMessage('com.vmware.vapi.endpoint.method.authentication.required', 'Authentication required.');
const SERVICE_NOT_AVAILABLE = vapiMessage('vapi.server.unavailable', 'Service not available');
/** vCenter's answer to an unknown `/api/...` path: 404 NOT_FOUND `com.vmware.vapi.rest.httpNotFound` "Not found.". */
const NOT_FOUND = vapiMessage('com.vmware.vapi.rest.httpNotFound', 'Not found.');

/** The operation of a task's own URL, `GET /api/snapservice/tasks/{task}`. */
const GET_TASK = 'getSnapserviceTask';

/** The message of a task not found, with the identifier the request's path gave (taskmock's message id). */
function taskNotFound(url: string): LocalizableMessage {
  const segment = url.split('?', 1)[0]?.split('/').pop() ?? '';
  let id: string;
  try {
    id = decodeURIComponent(segment);
  } catch {
    id = segment;
  }
  return vapiMessage('com.vmware.snapservice.tasks.not_found', `Task '${id}' does not exist.`, [id]);
}

type Messages = (error: MockError, ctx: ErrorContext<SnapserviceState>) => LocalizableMessage[];
interface Rule {
  readonly status: number;
  readonly errorType: string;
  readonly messages: Messages;
}

/**
 * Every MockErrorKind as a vAPI standard error. Statuses are the seed's grouping of the task list
 * (400 InvalidArgument, 401 Unauthenticated, 403 Unauthorized, 500 Error or ResourceInaccessible,
 * 503 ServiceUnavailable; api-facts 3.4), where ResourceInaccessible is 500, not the generic 400.
 * Kinds the list never raises follow the vAPI runtime's generic map (not_found → 404).
 */
const RULES = {
  missing_credentials: { status: 401, errorType: 'UNAUTHENTICATED', messages: () => [AUTHENTICATION_REQUIRED] },
  invalid_credentials: {
    status: 401,
    errorType: 'UNAUTHENTICATED',
    // spec example SessionUnknownError: a second message says why a session id was refused.
    messages: (error) =>
      error.details.param === SESSION_HEADER
        ? [AUTHENTICATION_REQUIRED, vapiMessage('com.vmware.snapservice.session.invalid', 'The session identifier is unknown or has expired.')]
        : [AUTHENTICATION_REQUIRED],
  },
  forbidden: { status: 403, errorType: 'UNAUTHORIZED', messages: () => [vapiMessage('vapi.security.authorization.invalid', 'Unable to authorize user')] },
  invalid_parameter: { status: 400, errorType: 'INVALID_ARGUMENT', messages: (error, ctx) => invalidArgumentMessages(error, ctx.url) },
  unknown_parameter: { status: 400, errorType: 'INVALID_ARGUMENT', messages: (error, ctx) => invalidArgumentMessages(error, ctx.url) },
  not_acceptable: {
    status: 400,
    errorType: 'INVALID_ARGUMENT',
    messages: () => [vapiMessage('com.vmware.snapservice.request.not_acceptable', 'This API answers application/json only.')],
  },
  tenant_not_found: { status: 404, errorType: 'NOT_FOUND', messages: () => [NOT_FOUND] },
  // A task's own URL names the task it did not find (spec example TaskNotFoundError).
  resource_not_found: { status: 404, errorType: 'NOT_FOUND', messages: (_error, ctx) => (ctx.op?.operationId === GET_TASK ? [taskNotFound(ctx.url)] : [NOT_FOUND]) },
  route_not_found: { status: 404, errorType: 'NOT_FOUND', messages: () => [NOT_FOUND] },
  too_many_results: {
    status: 500,
    errorType: 'RESOURCE_INACCESSIBLE',
    messages: () => [
      vapiMessage(
        'com.vmware.snapservice.tasks.list.limit_exceeded',
        `More than ${MAX_MATCHES} tasks match the filter. Narrow the filter and try again.`,
        [String(MAX_MATCHES)],
        { limit: { i: MAX_MATCHES } },
      ),
    ],
  },
  // vAPI has no 429: a saturated endpoint says ServiceUnavailable; on a login, the session limit.
  rate_limited: {
    status: 503,
    errorType: 'SERVICE_UNAVAILABLE',
    messages: (_error, ctx) =>
      LOGIN_OPERATIONS.has(ctx.op?.operationId ?? '')
        ? [vapiMessage('com.vmware.snapservice.session.limit_reached', 'Failed to log in: the maximum number of sessions is reached.')]
        : [SERVICE_NOT_AVAILABLE],
  },
  // INTERNAL_SERVER_ERROR: the Error subtype the vAPI runtime reports for an unexpected failure.
  internal: {
    status: 500,
    errorType: 'INTERNAL_SERVER_ERROR',
    messages: () => [vapiMessage('com.vmware.snapservice.internal_error', 'An internal error occurred while processing the request.')],
  },
  service_unavailable: { status: 503, errorType: 'SERVICE_UNAVAILABLE', messages: () => [SERVICE_NOT_AVAILABLE] },
} satisfies Record<MockErrorKind, Rule>;

/** Renders any failure as the vAPI error body `{error_type, messages, challenge?}`; never a stack trace. */
export function renderError(error: MockError, ctx: ErrorContext<SnapserviceState>): Reply {
  const rule: Rule = RULES[error.kind];
  const localized = (messages: LocalizableMessage[]) => (requestsLocale(ctx.headers) ? messages.map(localizeMessage) : messages);
  // The logins document no 500 (api-facts 3.1: 401 and 503 only): a server fault there is 503.
  if (rule.status >= 500 && ctx.op && !documents(ctx.op, rule.status)) {
    return { status: 503, body: { error_type: 'SERVICE_UNAVAILABLE', messages: localized([SERVICE_NOT_AVAILABLE]) } satisfies VapiError };
  }
  const body: VapiError & { challenge?: string } = { error_type: rule.errorType, messages: localized(rule.messages(error, ctx)) };
  return { status: rule.status, body: rule.status === 401 ? { ...body, challenge: CHALLENGE } : body };
}

function documents(op: Operation, status: number): boolean {
  return op.responses.some((response) => response.status === String(status));
}
