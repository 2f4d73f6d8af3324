import { findResponse } from '../../src/spec/find-response';
import type { ProbeRequest } from '../contract-types';
import { defaultParts, urlFor } from '../url-for';
import { skippedReport, type Probe, type ProbeContext, type ProbeReport } from './probe-context';
import { notSendable, verbOf } from './sendable';

export const FAULT_STATUS = 'coverage-fault-status';
const INVARIANTS = [FAULT_STATUS];
/** Statuses tried for a `default` response, most generic first: the first one no other response documents that taskmock arms. */
const DEFAULT_CANDIDATES = [500, 503, 502, 429, 404, 403, 400];

/**
 * Taskmock only (`target.isTaskmock`), after the other probes: every documented error status
 * no exchange of the operation has shown yet is provoked by arming a one-shot fault
 * (`POST /__admin/faults {"operationId", "status"}`) and sending the default request, which
 * must then answer that status (in the vendor's envelope: the response checks judge the
 * body). A `default` response no answer has matched yet is provoked with an error status no
 * other response documents. A status taskmock cannot answer under its settings (vSphere
 * without mirrored statuses) is skipped with taskmock's own explanation.
 */
export const coverage: Probe = {
  name: 'coverage',
  invariants: INVARIANTS,
  async run(ctx) {
    if (!ctx.target.isTaskmock) return ctx.emit(skippedReport(ctx, this.name, INVARIANTS, 'target is not taskmock: /__admin is never called'));
    const refused = notSendable(ctx.op, ctx.target, ctx.validators.specs);
    if (refused) return ctx.emit(skippedReport(ctx, this.name, INVARIANTS, refused));
    const seen = new Set(ctx.exchanges.map((e) => e.response.status));
    const missing = ctx.op.responses.map((r) => Number(r.status)).filter((s) => s >= 400 && s <= 599 && !seen.has(s));
    const defaultMissing = ctx.op.responses.some((r) => r.status === 'default') && ![...seen].some((s) => findResponse(ctx.op, s)?.status === 'default');
    if (missing.length === 0 && !defaultMissing) return ctx.emit(skippedReport(ctx, this.name, INVARIANTS, 'every documented error status was already answered'));
    for (const status of missing) ctx.emit(await provoke(ctx, status));
    if (defaultMissing) ctx.emit(await provokeDefault(ctx));
  },
};

/** The `default` response: the first candidate status no other response documents that taskmock agrees to arm. */
async function provokeDefault(ctx: ProbeContext): Promise<ProbeReport> {
  const candidates = DEFAULT_CANDIDATES.filter((status) => findResponse(ctx.op, status)?.status === 'default');
  let last: ProbeReport | undefined;
  for (const status of candidates) {
    last = await provoke(ctx, status, 'coverage:default');
    if (last.skipped === undefined) return last;
  }
  return last ?? skippedReport(ctx, 'coverage:default', INVARIANTS, 'every candidate error status is documented on its own');
}

async function provoke(ctx: ProbeContext, status: number, probe = `coverage:${status}`): Promise<ProbeReport> {
  // Credentials first: a session login must not be the request that meets the armed fault.
  const headers = await ctx.authHeaders();
  const arm: ProbeRequest = {
    method: 'POST',
    path: '/__admin/faults',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ operationId: ctx.op.operationId, status }),
  };
  const armed = await ctx.target.send(arm);
  if (armed.status !== 201) {
    const why = typeof armed.body === 'object' && armed.body !== null ? String((armed.body as { message?: unknown }).message ?? armed.text) : armed.text;
    return skippedReport(ctx, probe, INVARIANTS, `taskmock did not arm a ${status} fault (${armed.status}): ${why.slice(0, 300)}`);
  }
  const path = urlFor(defaultParts(ctx.op, ctx.credentials));
  const exchange = await ctx.send(probe, { method: verbOf(ctx.op), path, headers }, true);
  const findings =
    exchange.response.status === status
      ? []
      : [
          ctx.fail(FAULT_STATUS, exchange, {
            pointer: '',
            expected: `status ${status} (a fault armed through /__admin/faults)`,
            actual: `status ${exchange.response.status}`,
            message: `the armed ${status} fault did not answer the next request`,
          }),
        ];
  return { probe, operationId: ctx.op.operationId, exchanges: [exchange], findings, invariants: [{ check: FAULT_STATUS, runs: 1 }] };
}
