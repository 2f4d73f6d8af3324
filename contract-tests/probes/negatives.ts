import { errorEnvelopeOf } from '../checks/error-envelope-spec';
import type { Exchange, ProbeRequest } from '../contract-types';
import { defaultParts, expandPath, urlFor, withQuery, type UrlParts } from '../url-for';
import { badValues } from './negative-values';
import { skippedReport, type Probe, type ProbeContext, type ProbeReport } from './probe-context';
import { notSendable, verbOf } from './sendable';

export const NEGATIVE_STATUS = 'negative-error-status';
const INVARIANTS = [NEGATIVE_STATUS];

/** Statuses a negative answer should have, most specific first, before narrowing to the documented ones. */
const CREDENTIAL_STATUSES = [401, 403];
const PARAMETER_STATUSES = [400];
const PATH_PARAMETER_STATUSES = [400, 404];

/**
 * Requests any client may send safely, each expected to be refused: without credentials,
 * with well-formed wrong ones (not to a stateless target, which cannot know them), and with each parameter broken in every way its schema allows
 * (a malformed id, out of range, outside its enum, not a date). Each exchange is marked
 * `expectError` (the error-envelope check judges the body); this probe judges the status: a
 * documented one of the expected kind, or a 2xx where the spec says errors come in the body.
 */
export const negatives: Probe = {
  name: 'negatives',
  invariants: INVARIANTS,
  async run(ctx) {
    const refused = notSendable(ctx.op, ctx.target, ctx.validators.specs);
    if (refused) return ctx.emit(skippedReport(ctx, this.name, INVARIANTS, refused));
    const parts = defaultParts(ctx.op, ctx.credentials);
    const anonymous = ctx.op.security.length === 0 || ctx.op.security.some((r) => Object.keys(r).length === 0);
    if (anonymous) {
      ctx.emit(skippedReport(ctx, 'negative:no-credentials', INVARIANTS, 'the operation accepts requests without credentials (its security lists {})'));
    } else {
      ctx.emit(await judge(ctx, 'negative:no-credentials', request(ctx, parts, {}), CREDENTIAL_STATUSES));
    }
    const wrong = ctx.credentials.wrongHeadersFor(ctx.op);
    if (wrong === undefined) {
      ctx.emit(skippedReport(ctx, 'negative:wrong-credentials', INVARIANTS, 'the operation needs no credentials, so none can be wrong'));
    } else if (!ctx.target.stateful) {
      // Which credentials are right is state: Prism checks only that some are sent.
      ctx.emit(skippedReport(ctx, 'negative:wrong-credentials', INVARIANTS, 'target is stateless: it cannot tell right credentials from wrong ones'));
    } else {
      ctx.emit(await judge(ctx, 'negative:wrong-credentials', request(ctx, parts, wrong), CREDENTIAL_STATUSES));
    }
    const headers = await ctx.authHeaders();
    for (const param of ctx.op.parameters) {
      if (param.in !== 'path' && param.in !== 'query') continue;
      for (const bad of badValues(ctx, param)) {
        const probe = `negative:${bad.kind}:${param.name}`;
        const broken =
          param.in === 'path'
            ? { path: expandPath(ctx.op, (name) => (name === param.name ? bad.value : ctx.credentials.parameterValue(ctx.op, name))), query: parts.query }
            : withQuery(parts, param.name, [bad.value]);
        const expected = param.in === 'path' ? PATH_PARAMETER_STATUSES : PARAMETER_STATUSES;
        ctx.emit(await judge(ctx, probe, request(ctx, broken, headers), expected));
      }
    }
  },
};

function request(ctx: ProbeContext, parts: UrlParts, headers: Readonly<Record<string, string>>): ProbeRequest {
  return { method: verbOf(ctx.op), path: urlFor(parts), headers };
}

async function judge(ctx: ProbeContext, probe: string, req: ProbeRequest, preferred: readonly number[]): Promise<ProbeReport> {
  const exchange = await ctx.send(probe, req, true);
  const accepted = expectedStatuses(ctx, preferred);
  const { status } = exchange.response;
  const inBody = errorEnvelopeOf(ctx.validators, ctx.vendor)?.inBody200 === true && status >= 200 && status <= 299;
  const findings = accepted.includes(status) || inBody ? [] : [fail(ctx, exchange, accepted)];
  return { probe, operationId: ctx.op.operationId, exchanges: [exchange], findings, invariants: [{ check: NEGATIVE_STATUS, runs: 1 }] };
}

/** The preferred statuses the operation documents; else every 4xx it documents; else any 4xx. */
export function expectedStatuses(ctx: ProbeContext, preferred: readonly number[]): number[] {
  const documented = ctx.op.responses.map((r) => Number(r.status)).filter((s) => s >= 400 && s <= 499);
  const ranges = ctx.op.responses.some((r) => r.status.toUpperCase() === '4XX');
  const wanted = preferred.filter((s) => documented.includes(s) || ranges);
  if (wanted.length > 0) return wanted;
  if (documented.length > 0) return documented;
  return Array.from({ length: 100 }, (_, i) => 400 + i);
}

function fail(ctx: ProbeContext, exchange: Exchange, accepted: readonly number[]) {
  const shown = accepted.length > 10 ? '4xx' : accepted.join(' or ');
  return ctx.fail(NEGATIVE_STATUS, exchange, {
    pointer: '',
    expected: `status ${shown}${errorEnvelopeOf(ctx.validators, ctx.vendor)?.inBody200 ? ', or a 2xx with the error in the body' : ''}`,
    actual: `status ${exchange.response.status}`,
    message: `${exchange.probe} was not refused with a documented error status`,
  });
}
