import fs from 'node:fs';
import path from 'node:path';
import type { ContractResult } from '../contract-types';
import type { Coverage } from '../coverage';
import { redactDeep } from '../redact';
import { packageVersion } from '../../src/package-version';
import { stateOf, testCasesOf, totalsOf, type Totals } from './test-cases';

export interface JsonReportInput {
  readonly results: readonly ContractResult[];
  readonly coverage?: Coverage;
  /** When the run started (ISO 8601). */
  readonly startedAt: string;
  readonly secrets: readonly string[];
}

export interface JsonReport {
  readonly tool: 'taskmock';
  readonly version: string;
  readonly startedAt: string;
  readonly targets: ReadonlyArray<{ readonly vendor: string; readonly target: string }>;
  readonly totals: Totals;
  /** Every finding: vendor, operationId, check, severity, pointer, expected, actual, message, request. */
  readonly results: ContractResult['findings'];
  /** Every check that did not run, and why. */
  readonly skipped: ReadonlyArray<{ readonly vendor: string; readonly operationId: string; readonly check: string; readonly reason: string }>;
  readonly coverage: Coverage | null;
}

/** The machine-readable report, every string redacted. */
export function jsonReport(input: JsonReportInput): JsonReport {
  const report: JsonReport = {
    tool: 'taskmock',
    version: packageVersion(),
    startedAt: input.startedAt,
    targets: input.results.map((r) => ({ vendor: r.vendor, target: r.target })),
    totals: totalsOf(input.results),
    results: input.results.flatMap((r) => r.findings),
    skipped: input.results.flatMap((r) =>
      testCasesOf(r)
        .filter((c) => stateOf(c) === 'skipped')
        .map((c) => ({ vendor: r.vendor, operationId: c.operationId, check: c.check, reason: c.skipped ?? '' })),
    ),
    coverage: input.coverage ?? null,
  };
  return redactDeep(report, input.secrets);
}

export function writeJsonReport(file: string, input: JsonReportInput): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(jsonReport(input), null, 2)}\n`);
}
