import type { ErrorContext } from '../../src/dialect';
import type { MockError, MockErrorKind } from '../../src/errors/mock-error';
import type { Reply } from '../../src/http/reply';
import type { ErrorBody } from './envelope';
import { parameterText } from './parameter-text';
import type { VsphereState } from './state';

interface ErrorRule {
  readonly scode: 400 | 401 | 404 | 500;
  readonly message: string;
  readonly messageCn: string;
  /** A fixed `desc` where the error's own text is not for clients. */
  readonly desc?: string;
}

const BAD_PARAMETER = { scode: 400, message: 'invalid parameter', messageCn: '参数错误' } as const;
const UNAUTHORIZED = { scode: 401, message: 'unauthorized', messageCn: '认证失败' } as const;

/**
 * Every failure in the platform's envelope (decisions, vSphere platform; seed 000's error
 * sections are empty, api-facts 1.3): the kit's scodes are 400 bad parameter, 401 bad
 * credentials, 404 unknown vsphere_uuid or reference, 500 internal, with the spec's English and
 * Chinese texts. The spec documents no other status (the mirror setting sends the scode as
 * the HTTP status), so the kinds this API never raises map to the nearest of the four:
 * throttling and unavailability are server-side (500), `forbidden` is a credential failure.
 */
export const ERROR_RULES = {
  missing_credentials: UNAUTHORIZED,
  invalid_credentials: UNAUTHORIZED,
  forbidden: UNAUTHORIZED,
  invalid_parameter: BAD_PARAMETER,
  unknown_parameter: BAD_PARAMETER,
  not_acceptable: BAD_PARAMETER,
  too_many_results: BAD_PARAMETER,
  tenant_not_found: { scode: 404, message: 'vsphere cluster not found', messageCn: 'vsphere集群不存在' },
  resource_not_found: { scode: 404, message: 'resource not found', messageCn: '资源不存在' },
  route_not_found: { scode: 404, message: 'route not found', messageCn: '接口不存在' },
  rate_limited: { scode: 500, message: 'too many requests', messageCn: '请求过于频繁', desc: 'too many requests, try again later' },
  internal: { scode: 500, message: 'internal server error', messageCn: '服务器内部错误', desc: 'internal error' },
  service_unavailable: { scode: 500, message: 'service unavailable', messageCn: '服务暂不可用', desc: 'vCenter is not reachable, try again later' },
} as const satisfies Record<MockErrorKind, ErrorRule>;

/**
 * HTTP 200 with the error envelope by default (decisions); with the `mirrorStatus` setting the
 * scode is the HTTP status too (spec responses 400/401/404/500).
 */
export function renderError(error: MockError, ctx: ErrorContext<VsphereState>): Reply {
  const rule: ErrorRule = ERROR_RULES[error.kind];
  const body: ErrorBody = {
    scode: rule.scode,
    desc: rule.desc ?? (error.kind === 'invalid_parameter' ? parameterText(error, ctx.url) : error.message),
    message: rule.message,
    message_cn: rule.messageCn,
    stack: null,
    data: null,
  };
  return { status: ctx.state.settings.mirrorStatus ? rule.scode : 200, body };
}
