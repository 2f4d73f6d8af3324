import type { RequestContext } from '../../src/dialect';
import { MockError } from '../../src/errors/mock-error';
import type { CbrState } from './cbr-view';

/**
 * The IAM token check. Huawei's API gateway rejects a request without a valid `X-Auth-Token`
 * before CBR sees it: 401 `APIGW.0301` (api-facts 5.4; decisions.md CBR). The kit accepts the
 * configured tokens (default `taskmock-cbr-token`); AK/SK signing is not modelled (specs/cbr.yaml).
 */
export function authenticate(ctx: RequestContext<CbrState>): void {
  const token = ctx.headers['x-auth-token'];
  if (token === undefined || token === '') {
    throw new MockError('missing_credentials', 'Incorrect IAM authentication information: x-auth-token not found');
  }
  if (Array.isArray(token) || !ctx.state.tokens.has(token)) {
    throw new MockError('invalid_credentials', 'Incorrect IAM authentication information: decrypt token fail');
  }
}
