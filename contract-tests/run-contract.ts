import type { Validators } from '../src/validation/create-validators';
import { checkRunsOf } from './check-runs';
import { responseChecks } from './checks';
import type { CheckContext, ContractResult, Credentials, Finding, ResponseCheck, Target } from './contract-types';
import { isCredentialError } from './credential-error';
import { driftChecks } from './drift';
import { neverSeen } from './drift/never-seen';
import { probes as allProbes } from './probes';
import { createProbeContext, skippedReport, type Probe, type ProbeReport } from './probes/probe-context';
import { redact } from './redact';
import { isTargetError } from './targets/target-error';
import { MissingParameterValue } from './url-for';

export const DEFAULT_PAGE_BUDGET = 50;

export interface ContractOptions {
  readonly vendor: string;
  readonly target: Target;
  readonly credentials: Credentials;
  readonly validators: Validators;
  /** Most pages one list walk may request (default 50). */
  readonly pageBudget?: number;
  /** The checks run on every exchange; default every response check and every drift check. */
  readonly checks?: readonly ResponseCheck[];
  /** The probes, in run order; default all of them (probes/index.ts). */
  readonly probes?: readonly Probe[];
}

/** The vendor has no operation in the specs: nothing could be checked. */
export class UnknownVendor extends Error {
  constructor(readonly vendor: string) {
    super(`no spec operation belongs to vendor '${vendor}'`);
    this.name = 'UnknownVendor';
  }
}

/**
 * Runs every probe on every operation of one vendor against one target, then every check on
 * every exchange, then never-seen drift over them all. A probe the target cannot serve (a
 * timeout, a credential that cannot be had, a tenant value nobody configured) is skipped with
 * the reason; once the request budget is spent or the target is unreachable, every later
 * probe is skipped with that reason. A bug (or a broken spec extension) still throws.
 */
export async function runContract(options: ContractOptions): Promise<ContractResult> {
  const { vendor, target, credentials, validators } = options;
  const checks = options.checks ?? [...responseChecks, ...driftChecks];
  const probes = options.probes ?? allProbes;
  const ops = [...validators.operations.values()].filter((op) => op.vendor === vendor);
  if (ops.length === 0) throw new UnknownVendor(vendor);
  const outcomes: ProbeReport[] = [];
  let stopped: string | undefined;
  for (const op of ops) {
    const ctx = createProbeContext({ vendor, op, target, credentials, validators, pageBudget: options.pageBudget ?? DEFAULT_PAGE_BUDGET });
    for (const probe of probes) {
      if (stopped !== undefined) {
        ctx.emit(skippedReport(ctx, probe.name, probe.invariants, stopped));
        continue;
      }
      try {
        await probe.run(ctx);
      } catch (error) {
        const reason = skipReason(error, credentials);
        ctx.emit(skippedReport(ctx, probe.name, probe.invariants, reason, ctx.unreported()));
        if (isTargetError(error, 'budget-exceeded') || isTargetError(error, 'unreachable')) stopped = `not sent, the target is done: ${reason}`;
      }
    }
    outcomes.push(...ctx.reports);
  }
  const contexts = new Map<string, CheckContext>();
  const ctxFor = (operationId: string): CheckContext => {
    let ctx = contexts.get(operationId);
    if (!ctx) {
      ctx = { vendor, op: validators.operation(operationId), validators };
      contexts.set(operationId, ctx);
    }
    return ctx;
  };
  const exchanges = outcomes.flatMap((o) => o.exchanges);
  const findings: Finding[] = [
    ...outcomes.flatMap((o) => o.findings),
    ...exchanges.flatMap((exchange) => checks.flatMap((check) => check.run(exchange, ctxFor(exchange.operationId)))),
    ...neverSeen(exchanges, ctxFor),
  ];
  return { vendor, target: target.name, outcomes, findings, checkRuns: checkRunsOf(ops, outcomes, checks, probes) };
}

/** The printed reason for an error a probe may meet on a real system; anything else is a bug and rethrown. */
function skipReason(error: unknown, credentials: Credentials): string {
  if (isTargetError(error) || isCredentialError(error) || error instanceof MissingParameterValue) {
    return redact(error.message, credentials.secrets);
  }
  throw error;
}
