import { findResponse } from '../src/spec/find-response';
import type { Operation } from '../src/spec/operation';
import type { Validators } from '../src/validation/create-validators';
import type { CheckRun, ContractResult, Exchange, Finding } from './contract-types';

export interface CoverageItem {
  /** A documented status as the spec writes it (`200`, `4XX`, `default`), or a parameter name. */
  readonly name: string;
  readonly exercised: boolean;
}

export interface OperationCoverage {
  readonly vendor: string;
  readonly operationId: string;
  readonly responses: readonly CoverageItem[];
  readonly parameters: ReadonlyArray<CoverageItem & { readonly in: string }>;
}

export interface MissingItem {
  readonly vendor: string;
  readonly operationId: string;
  readonly kind: 'response' | 'parameter';
  readonly name: string;
}

export interface Coverage {
  readonly operations: readonly OperationCoverage[];
  readonly missing: readonly MissingItem[];
}

/**
 * Operations x documented responses x parameters of the vendors that ran: a response is
 * exercised when some exchange of the operation got it (an exact status, its range, or
 * `default` for a status documented nowhere else, as OpenAPI matches them), a parameter when
 * some request of the operation sent it (path parameters by every request).
 */
export function coverageOf(results: readonly ContractResult[], validators: Validators): Coverage {
  const operations: OperationCoverage[] = [];
  for (const vendor of new Set(results.map((r) => r.vendor))) {
    const exchanges = results.filter((r) => r.vendor === vendor).flatMap((r) => r.outcomes.flatMap((o) => o.exchanges));
    for (const op of validators.operations.values()) {
      if (op.vendor === vendor) operations.push(operationCoverage(op, exchanges.filter((e) => e.operationId === op.operationId)));
    }
  }
  const missing = operations.flatMap((op) => [
    ...op.responses.filter((r) => !r.exercised).map((r) => ({ vendor: op.vendor, operationId: op.operationId, kind: 'response' as const, name: r.name })),
    ...op.parameters.filter((p) => !p.exercised).map((p) => ({ vendor: op.vendor, operationId: op.operationId, kind: 'parameter' as const, name: p.name })),
  ]);
  return { operations, missing };
}

function operationCoverage(op: Operation, exchanges: readonly Exchange[]): OperationCoverage {
  const statuses = new Set(exchanges.map((e) => findResponse(op, e.response.status)?.status));
  const sent = new Set<string>();
  for (const { request } of exchanges) {
    const query = request.path.includes('?') ? request.path.slice(request.path.indexOf('?') + 1) : '';
    for (const name of new URLSearchParams(query).keys()) sent.add(`query:${name}`);
    for (const name of Object.keys(request.headers)) sent.add(`header:${name.toLowerCase()}`);
  }
  return {
    vendor: op.vendor,
    operationId: op.operationId,
    responses: op.responses.map((r) => ({ name: r.status, exercised: statuses.has(r.status) })),
    parameters: op.parameters.map((p) => ({
      name: p.name,
      in: p.in,
      exercised: p.in === 'path' ? exchanges.length > 0 : sent.has(`${p.in}:${p.in === 'header' ? p.name.toLowerCase() : p.name}`),
    })),
  };
}

/**
 * The in-process run's rule: every documented response and parameter of ours must have been
 * exercised. Adds one `coverage` CheckRun per operation and a failure per missing item to the
 * first result of each vendor `coverage` covers (coverage counts every result of the vendor).
 */
export function requireFullCoverage(results: readonly ContractResult[], coverage: Coverage): ContractResult[] {
  const done = new Set<string>();
  return results.map((result) => {
    const ops = coverage.operations.filter((o) => o.vendor === result.vendor);
    // A vendor run twice (vSphere under two settings) is judged once, on its first result.
    if (ops.length === 0 || done.has(result.vendor)) return result;
    done.add(result.vendor);
    const checkRuns: CheckRun[] = ops.map((o) => ({ operationId: o.operationId, check: 'coverage', runs: o.responses.length + o.parameters.length }));
    const findings: Finding[] = coverage.missing.filter((m) => m.vendor === result.vendor).map((m) => ({
      vendor: m.vendor,
      operationId: m.operationId,
      check: 'coverage',
      severity: 'failure',
      pointer: '',
      expected: m.kind === 'response' ? `documented response ${m.name} exercised` : `parameter ${m.name} sent`,
      actual: 'never exercised',
      message: `${m.kind} ${m.name} of ${m.operationId} was never exercised by any probe`,
      request: '',
    }));
    return { ...result, checkRuns: [...result.checkRuns, ...checkRuns], findings: [...result.findings, ...findings] };
  });
}
