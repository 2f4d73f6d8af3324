import type { Operation } from '../src/spec/operation';
import type { Validators } from '../src/validation/create-validators';

/**
 * The vocabulary the contract suite shares: a target answers probe requests, each answer is
 * an Exchange, checks turn exchanges into Findings, and a report gathers them. Nothing here
 * knows a vendor: what differs per API is read from the specs (security schemes, parameter
 * examples and the `x-taskmock-*` extensions described in specs/README.md).
 */

/** DELETE only for operations marked `x-taskmock-only`, and only to taskmock (probes/sendable.ts). */
export type HttpVerb = 'GET' | 'POST' | 'DELETE';

export interface ProbeRequest {
  readonly method: HttpVerb;
  /** Path and query, already expanded (`/v3/<project>/operation-logs?limit=20`). */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  /** A JSON text body: only taskmock's own `/__admin` requests carry one; no probe sends a body to a vendor. */
  readonly body?: string;
}

export interface ProbeResponse {
  readonly status: number;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  readonly text: string;
  /** The body parsed as JSON; undefined when empty or not JSON. */
  readonly body: unknown;
  readonly ms: number;
}

/** Where probes are sent: the in-process mock, any base URL, or Prism. */
export interface Target {
  /** Shown in reports, never holding a secret (`taskmock (in-process)`, `https://astra.example`). */
  readonly name: string;
  /**
   * False for a target that invents each answer (Prism): probes whose invariants need real
   * state (paging walks, filter correctness, continue tokens) are skipped with that reason.
   */
  readonly stateful: boolean;
  /** True only when the target has identified itself as taskmock: the one case `/__admin` may be called. */
  readonly isTaskmock: boolean;
  send(request: ProbeRequest): Promise<ProbeResponse>;
}

/** One request and its answer, as a probe made it. */
export interface Exchange {
  readonly operationId: string;
  /** The probe that made it (`default-request`, `paging-walk`, `negative:no-credentials`, ...). */
  readonly probe: string;
  readonly request: ProbeRequest;
  readonly response: ProbeResponse;
  /** Set by negative probes: the answer must be an error in the vendor's envelope. */
  readonly expectError?: boolean;
}

export type Severity = 'failure' | 'drift';

export interface Finding {
  readonly vendor: string;
  readonly operationId: string;
  /** The check's name, e.g. `body-schema`, `paging-no-duplicates`, `unknown-field`. */
  readonly check: string;
  readonly severity: Severity;
  /** JSON pointer into the response body (`''` for the whole body; `/headers/x-request-id` for a header). */
  readonly pointer: string;
  readonly expected: string;
  readonly actual: string;
  readonly message: string;
  /** `GET /path?query` of the request that showed it, secrets redacted. */
  readonly request: string;
}

export interface CheckContext {
  readonly vendor: string;
  readonly op: Operation;
  readonly validators: Validators;
}

/** A named check run on every exchange; it returns no findings when the exchange passes. */
export interface ResponseCheck {
  readonly name: string;
  run(exchange: Exchange, ctx: CheckContext): readonly Finding[];
}

/** What one probe did: its exchanges (every one goes through every check) and its own findings. */
export interface ProbeOutcome {
  readonly probe: string;
  readonly operationId: string;
  readonly exchanges: readonly Exchange[];
  /** Invariant findings of the probe itself (duplicates across pages, a filter ignored, ...). */
  readonly findings: readonly Finding[];
  /** Why the probe did not run (stateless target, budget spent, nothing to filter by). Never silent. */
  readonly skipped?: string;
}

/**
 * How the suite authenticates and which tenant it names, read from the spec's security
 * schemes and parameter examples, overridden by environment variables or a config file
 * (contract-tests/credentials.ts).
 */
export interface Credentials {
  /** Headers that authenticate a request to `op`, logging in first where the spec says a session is needed. `{}` when none is needed. */
  headersFor(op: Operation, target: Target): Promise<Readonly<Record<string, string>>>;
  /** Well-formed but wrong credentials for `op`; undefined when `op` needs none (then no such negative probe). */
  wrongHeadersFor(op: Operation): Readonly<Record<string, string>> | undefined;
  /** The value for a path or required query parameter (a tenant id): configured, else the spec's example. */
  parameterValue(op: Operation, name: string): string | undefined;
  /** Every secret in use, so reports and logs can redact them. */
  readonly secrets: readonly string[];
}

/** One (operation, check) pair that ran, or was skipped with its reason: one JUnit testcase each. */
export interface CheckRun {
  readonly operationId: string;
  readonly check: string;
  /** How many exchanges or probe runs it judged. */
  readonly runs: number;
  readonly skipped?: string;
}

/** Everything one vendor's run against one target produced. */
export interface ContractResult {
  readonly vendor: string;
  readonly target: string;
  readonly outcomes: readonly ProbeOutcome[];
  /** Every finding: response checks, probe invariants and drift. */
  readonly findings: readonly Finding[];
  readonly checkRuns: readonly CheckRun[];
}
