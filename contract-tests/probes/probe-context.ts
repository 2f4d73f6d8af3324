import type { Operation } from '../../src/spec/operation';
import type { Validators } from '../../src/validation/create-validators';
import type { Credentials, Exchange, Finding, ProbeOutcome, ProbeRequest, Target } from '../contract-types';
import { redact } from '../redact';
import type { UrlParts } from '../url-for';
import type { PagingSpec } from './paging-extension';
import type { Walk } from './walk-pages';

/** One probe invariant's verdict in one probe run: judged `runs` times, or skipped with the reason. */
export interface InvariantRun {
  readonly check: string;
  readonly runs: number;
  readonly skipped?: string;
}

/**
 * A ProbeOutcome plus what the runner needs for its check runs: which invariants the run
 * judged (or why not), and a note for things that are neither failures nor skips (a paging
 * walk cut short by the page budget).
 */
export interface ProbeReport extends ProbeOutcome {
  readonly invariants: readonly InvariantRun[];
  readonly note?: string;
}

/** The unfiltered list of an operation, walked once by `paging-walk` and reused by the filter probes. */
export interface Baseline {
  readonly parts: UrlParts;
  readonly paging: PagingSpec;
  readonly walk: Walk;
}

export interface ProbeContext extends ContextOptions {
  /** Every exchange of this operation so far, all probes (the coverage probe reads the statuses seen). */
  readonly exchanges: readonly Exchange[];
  readonly memo: { baseline?: Baseline };
  /**
   * Hands one finished report to the runner. A probe emits each case as it finishes, so a
   * target error in a later case (a timeout, a spent budget) loses none of the cases done.
   */
  emit(report: ProbeReport): void;
  /** Every report emitted so far for this operation. */
  readonly reports: readonly ProbeReport[];
  /** Exchanges no emitted report holds yet: what a probe that failed half-way had sent. */
  unreported(): readonly Exchange[];
  send(probe: string, request: ProbeRequest, expectError?: boolean): Promise<Exchange>;
  /** The credentials' headers for this operation, asked once (a session login happens at most once). */
  authHeaders(): Promise<Readonly<Record<string, string>>>;
  /** A failure found by a probe invariant, about `exchange` (its request line redacted). */
  fail(check: string, exchange: Exchange, detail: { pointer: string; expected: string; actual: string; message: string }): Finding;
}

/** A probe: one small file each under probes/, run in order for every operation. */
export interface Probe {
  readonly name: string;
  /** Every invariant check the probe may judge: each is one check run per operation, skipped with a reason when not judged. */
  readonly invariants: readonly string[];
  /** Emits its reports through `ctx.emit` (at least one, skipped or not). */
  run(ctx: ProbeContext): Promise<void>;
}

export interface ContextOptions {
  readonly vendor: string;
  readonly op: Operation;
  readonly target: Target;
  readonly credentials: Credentials;
  readonly validators: Validators;
  /** Most pages one walk may request. */
  readonly pageBudget: number;
}

export function createProbeContext(options: ContextOptions): ProbeContext {
  const exchanges: Exchange[] = [];
  const reports: ProbeReport[] = [];
  let reported = 0;
  let headers: Promise<Readonly<Record<string, string>>> | undefined;
  const { op, target, credentials } = options;
  return {
    ...options,
    exchanges,
    memo: {},
    reports,
    emit(report) {
      reports.push(report);
      reported = exchanges.length;
    },
    unreported: () => exchanges.slice(reported),
    async send(probe, request, expectError) {
      const response = await target.send(request);
      const exchange: Exchange = { operationId: op.operationId, probe, request, response, ...(expectError ? { expectError } : {}) };
      exchanges.push(exchange);
      return exchange;
    },
    authHeaders() {
      headers ??= credentials.headersFor(op, target);
      return headers;
    },
    fail(check, exchange, detail) {
      const request = redact(`${exchange.request.method} ${exchange.request.path}`, credentials.secrets);
      return { vendor: options.vendor, operationId: op.operationId, check, severity: 'failure', ...detail, request };
    },
  };
}

/** A report for a probe that did not run: every invariant skipped with the same printed reason. */
export function skippedReport(ctx: ProbeContext, probe: string, invariants: readonly string[], reason: string, exchanges: readonly Exchange[] = []): ProbeReport {
  return {
    probe,
    operationId: ctx.op.operationId,
    exchanges,
    findings: [],
    skipped: reason,
    invariants: invariants.map((check) => ({ check, runs: 0, skipped: reason })),
  };
}

/** Items as text for `expected`/`actual`: short enough for a report line. */
export function listText(values: readonly unknown[], max = 10): string {
  const shown = values.slice(0, max).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  return `[${shown.join(', ')}${values.length > max ? `, … ${values.length - max} more` : ''}]`;
}
