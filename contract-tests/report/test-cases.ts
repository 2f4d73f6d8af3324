import type { ContractResult, Finding } from '../contract-types';

/** One (operation, check) of a vendor's run with its findings: a JUnit testcase, a console line. */
export interface TestCase {
  readonly operationId: string;
  readonly check: string;
  readonly runs: number;
  readonly skipped?: string;
  readonly failures: readonly Finding[];
  readonly drift: readonly Finding[];
}

/**
 * Every CheckRun of a result with the findings of its (operation, check), plus a case for any
 * finding whose check reported no CheckRun and for any probe skipped without one: whatever
 * the runner forgot to register still shows, so nothing can fail or be skipped silently.
 */
export function testCasesOf(result: ContractResult): TestCase[] {
  const key = (operationId: string, check: string) => `${operationId}\u0000${check}`;
  const cases = new Map<string, { operationId: string; check: string; runs: number; skipped?: string; failures: Finding[]; drift: Finding[] }>();
  for (const run of result.checkRuns) {
    cases.set(key(run.operationId, run.check), { ...run, failures: [], drift: [] });
  }
  for (const finding of result.findings) {
    const k = key(finding.operationId, finding.check);
    let entry = cases.get(k);
    if (!entry) cases.set(k, (entry = { operationId: finding.operationId, check: finding.check, runs: 0, failures: [], drift: [] }));
    (finding.severity === 'failure' ? entry.failures : entry.drift).push(finding);
  }
  for (const outcome of result.outcomes) {
    if (outcome.skipped === undefined || cases.has(key(outcome.operationId, outcome.probe))) continue;
    cases.set(key(outcome.operationId, outcome.probe), { operationId: outcome.operationId, check: outcome.probe, runs: 0, skipped: outcome.skipped, failures: [], drift: [] });
  }
  return [...cases.values()];
}

export type CaseState = 'failed' | 'skipped' | 'passed';

/** A case with a failure finding failed even if it was also marked skipped: a failure is never hidden. */
export function stateOf(testCase: TestCase): CaseState {
  if (testCase.failures.length > 0) return 'failed';
  return testCase.skipped !== undefined ? 'skipped' : 'passed';
}

export interface Totals {
  readonly failures: number;
  readonly drift: number;
  readonly skipped: number;
}

/** The numbers of the final line and of the exit code: failure and drift findings, skipped cases. */
export function totalsOf(results: readonly ContractResult[]): Totals {
  let failures = 0;
  let drift = 0;
  let skipped = 0;
  for (const result of results) {
    for (const testCase of testCasesOf(result)) {
      failures += testCase.failures.length;
      drift += testCase.drift.length;
      if (stateOf(testCase) === 'skipped') skipped += 1;
    }
  }
  return { failures, drift, skipped };
}

/** Operations in the order the run met them. */
export function groupByOperation(cases: readonly TestCase[]): Map<string, TestCase[]> {
  const groups = new Map<string, TestCase[]>();
  for (const testCase of cases) {
    const group = groups.get(testCase.operationId) ?? [];
    group.push(testCase);
    groups.set(testCase.operationId, group);
  }
  return groups;
}
