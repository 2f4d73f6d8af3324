import type { ErrorContext } from '../../src/dialect';
import type { MockError, MockErrorKind } from '../../src/errors/mock-error';
import type { Reply } from '../../src/http/reply';
import { TIME_FORMAT_MESSAGE } from './filters';
import { JSON_CONTENT_TYPE } from './json-content-type';
import { newRequestId, REQUEST_ID_HEADER } from './request-id';
import type { CbrState } from './cbr-view';
import { OPERATION_TYPES, TASK_STATUSES } from './vocabulary';

/**
 * Two envelopes answer for CBR (api-facts 5.4 and 7): CBR's own `{error_code, error_msg}`, and the
 * API gateway's `{error_code, error_msg, request_id}` for what the gateway rejects before CBR
 * (authentication, throttling, unknown APIs). Kit codes `BackupService.9xxx` are explained in
 * specs/cbr.yaml (400 and 404 responses): CBR publishes no code for these cases.
 */
interface Rendering {
  readonly status: number;
  readonly envelope: 'cbr' | 'gateway';
  readonly code: string;
  readonly message: (error: MockError) => string;
}

const fixed = (text: string) => () => text;
const asThrown = (error: MockError): string => error.message;

/** The status, envelope and code of every kind; a new kind fails to compile until it is placed here. */
const RENDERINGS = {
  missing_credentials: { status: 401, envelope: 'gateway', code: 'APIGW.0301', message: fixed('Incorrect IAM authentication information: x-auth-token not found') },
  invalid_credentials: { status: 401, envelope: 'gateway', code: 'APIGW.0301', message: fixed('Incorrect IAM authentication information: decrypt token fail') },
  // CBR documents no 403; a project the token may not use is answered as unknown (api-facts 5.6).
  forbidden: { status: 404, envelope: 'cbr', code: 'BackupService.9404', message: asThrown },
  invalid_parameter: { status: 400, envelope: 'cbr', code: 'BackupService.9001', message: parameterMessage },
  unknown_parameter: { status: 400, envelope: 'cbr', code: 'BackupService.9001', message: parameterMessage },
  too_many_results: { status: 400, envelope: 'cbr', code: 'BackupService.9001', message: fixed('Invalid parameter: limit must be an integer from 1 to 1000.') },
  tenant_not_found: { status: 404, envelope: 'cbr', code: 'BackupService.9404', message: asThrown },
  resource_not_found: { status: 404, envelope: 'cbr', code: 'BackupService.9404', message: asThrown },
  // No operation matched: the gateway answers, before any CBR code runs (api-facts 5.4, APIGW.0101).
  route_not_found: { status: 404, envelope: 'gateway', code: 'APIGW.0101', message: fixed('The API does not exist or has not been published in the environment.') },
  // The gateway's generic request error; its body also fits the documented 400 (CbrError allows request_id).
  not_acceptable: { status: 400, envelope: 'gateway', code: 'APIGW.0201', message: fixed('API request error.') },
  rate_limited: { status: 429, envelope: 'gateway', code: 'APIGW.0308', message: fixed('The throttling threshold has been reached: policy user over ratelimit,limit:200,time:1 second') },
  // The spec documents no 5xx for ListOpLogs: CBR's envelope with kit codes ending in the status.
  internal: { status: 500, envelope: 'cbr', code: 'BackupService.9500', message: fixed('Internal server error.') },
  service_unavailable: { status: 503, envelope: 'cbr', code: 'BackupService.9503', message: fixed('The service is temporarily unavailable. Try again later.') },
} satisfies Record<MockErrorKind, Rendering>;

/** What each parameter must be, in the words of the spec's 400 examples. */
const PARAMETER_RULES: Readonly<Record<string, string>> = {
  limit: 'limit must be an integer from 1 to 1000.',
  offset: 'offset must be an integer greater than or equal to 0.',
  operation_type: `operation_type must be one of ${OPERATION_TYPES.join(', ')}.`,
  status: `status must be one of ${TASK_STATUSES.join(', ')}.`,
  start_time: `start_time ${TIME_FORMAT_MESSAGE}`,
  end_time: `end_time ${TIME_FORMAT_MESSAGE}`,
  project_id: 'project_id must be 32 hexadecimal characters.',
};

function parameterMessage(error: MockError): string {
  const param = error.details.param;
  const rule = param === undefined ? undefined : PARAMETER_RULES[param];
  return `Invalid parameter: ${rule ?? error.details.reason ?? error.message}`;
}

/**
 * ShowOpLog documents a 403 (specs/cbr.yaml): the gateway's `APIGW.0302` "The IAM user is not
 * authorized to access the API" (api-facts 5.4). ListOpLogs documents none, so there a project
 * the token may not use stays an unknown project (404, as RENDERINGS says).
 */
const NOT_AUTHORIZED: Rendering = { status: 403, envelope: 'gateway', code: 'APIGW.0302', message: fixed('The IAM user is not authorized to access the API.') };

function renderingOf(error: MockError, ctx: ErrorContext<CbrState>): Rendering {
  if (error.kind === 'forbidden' && ctx.op?.responses.some((r) => r.status === '403')) return NOT_AUTHORIZED;
  return RENDERINGS[error.kind];
}

export function renderError(error: MockError, ctx: ErrorContext<CbrState>): Reply {
  const rendering = renderingOf(error, ctx);
  const body = { error_code: rendering.code, error_msg: rendering.message(error) };
  if (rendering.envelope === 'cbr') return { status: rendering.status, headers: JSON_CONTENT_TYPE, body };
  // The gateway's request_id is the X-Request-Id of the same answer (api-facts 7).
  const requestId = newRequestId(ctx.rng);
  return {
    status: rendering.status,
    headers: { ...JSON_CONTENT_TYPE, [REQUEST_ID_HEADER]: requestId },
    body: { ...body, request_id: requestId },
  };
}
