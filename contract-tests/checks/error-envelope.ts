import { findResponse } from '../../src/spec/find-response';
import type { CheckContext, Exchange, ResponseCheck } from '../contract-types';
import { documentedMedia } from './documented-media';
import { errorEnvelopeOf, inErrorEnvelope, type ErrorEnvelope } from './error-envelope-spec';
import { makeFinding, showValue, type FindingDetail } from './make-finding';

const NAME = 'error-envelope';

/**
 * For negative probes only (`expectError`): the answer must be an ERROR in the vendor's
 * envelope. Either a documented 4xx/5xx status whose body meets that status's schema and the
 * envelope the spec declares (`x-taskmock-error-envelope`), or, for an API that reports errors
 * inside a 2xx body (`inBody200`), a body in the error envelope. Anything else that succeeds
 * is "expected an error, got a success": the server accepted what it should have refused.
 */
export const errorEnvelope: ResponseCheck = {
  name: NAME,
  run(exchange, ctx) {
    if (!exchange.expectError) return [];
    const envelope = errorEnvelopeOf(ctx.validators, ctx.vendor);
    const { status } = exchange.response;
    const detail = status >= 400 && status <= 599 ? judgeErrorStatus(exchange, ctx, envelope) : judgeOtherStatus(exchange, ctx, envelope);
    return detail ? [makeFinding(exchange, ctx, NAME, 'failure', detail)] : [];
  },
};

function judgeOtherStatus(exchange: Exchange, ctx: CheckContext, envelope: ErrorEnvelope | undefined): FindingDetail | undefined {
  const { status, body } = exchange.response;
  const success = status >= 200 && status <= 299;
  if (success && envelope?.inBody200 && body !== undefined && inErrorEnvelope(ctx.validators, ctx.vendor, envelope, body)) return undefined;
  const errorStatuses = documentedErrorStatuses(ctx).join(', ');
  const inBody = envelope?.inBody200 ? ` or a ${status} body in the error envelope (${envelope.schemas.join(' | ')})` : '';
  return {
    pointer: '',
    expected: `an error: status ${errorStatuses}${inBody}`,
    actual: `${status} ${showValue(body)}`,
    message: success ? `expected an error, got a success (${status})` : `expected an error, got status ${status}`,
  };
}

function judgeErrorStatus(exchange: Exchange, ctx: CheckContext, envelope: ErrorEnvelope | undefined): FindingDetail | undefined {
  const { status, body, headers } = exchange.response;
  if (!findResponse(ctx.op, status)) {
    return {
      pointer: '',
      expected: `an error status the spec documents: ${documentedErrorStatuses(ctx).join(', ')}`,
      actual: String(status),
      message: `error answered with ${status}, a status the spec does not document`,
    };
  }
  const media = documentedMedia(ctx.op, status, headers['content-type']);
  if (media?.schema !== undefined) {
    const issues = ctx.validators.response(ctx.op.operationId, status, media.mediaType)?.(body) ?? [];
    if (issues.length > 0) {
      return {
        pointer: '',
        expected: `the ${media.response.status} error body (${media.mediaType})`,
        actual: showValue(body),
        message: `${status} error whose body is not the documented ${media.response.status} body (${issues.length} issue(s), see body-schema)`,
      };
    }
  }
  if (envelope && body !== undefined && !inErrorEnvelope(ctx.validators, ctx.vendor, envelope, body)) {
    return {
      pointer: '',
      expected: `the error envelope ${envelope.schemas.join(' | ')}`,
      actual: showValue(body),
      message: `${status} error whose body is not in the vendor's error envelope`,
    };
  }
  return undefined;
}

function documentedErrorStatuses(ctx: CheckContext): string[] {
  return ctx.op.responses.map((r) => r.status).filter((s) => /^[45]/.test(s) || s === 'default');
}
