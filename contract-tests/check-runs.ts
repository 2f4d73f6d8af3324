import type { Operation } from '../src/spec/operation';
import type { CheckRun, Exchange, ResponseCheck } from './contract-types';
import type { Probe, ProbeReport } from './probes/probe-context';
import { NEVER_SEEN } from './drift/never-seen';

/**
 * One CheckRun per operation and check: every response and drift check (runs = exchanges of
 * the operation), never-seen drift (runs = its 2xx answers), and every invariant of every
 * probe (runs = probe runs that judged it; when none did, skipped with each distinct reason
 * the probes gave). Nothing is left out silently: a check that never ran says why.
 */
export function checkRunsOf(
  ops: readonly Operation[],
  outcomes: readonly ProbeReport[],
  checks: readonly ResponseCheck[],
  probes: readonly Probe[],
): CheckRun[] {
  const runs: CheckRun[] = [];
  for (const op of ops) {
    const mine = outcomes.filter((o) => o.operationId === op.operationId);
    const exchanges: Exchange[] = mine.flatMap((o) => o.exchanges);
    const noExchange = `no exchange reached ${op.operationId}: ${reasons(mine.filter((o) => o.probe === 'default-request')) || 'no probe sent a request'}`;
    for (const check of checks) runs.push(counted(op.operationId, check.name, exchanges.length, noExchange));
    const successes = exchanges.filter((e) => e.response.status >= 200 && e.response.status <= 299).length;
    runs.push(counted(op.operationId, NEVER_SEEN, successes, exchanges.length === 0 ? noExchange : 'no 2xx answer to compare the documented fields with'));
    for (const probe of probes) {
      for (const check of probe.invariants) {
        const verdicts = mine.flatMap((o) => o.invariants.filter((i) => i.check === check));
        const total = verdicts.reduce((sum, v) => sum + v.runs, 0);
        const why = [...new Set(verdicts.map((v) => v.skipped).filter((s): s is string => s !== undefined))].join('; ');
        runs.push(counted(op.operationId, check, total, why || `probe ${probe.name} did not judge it`));
      }
    }
  }
  return runs;
}

function counted(operationId: string, check: string, runs: number, skipped: string): CheckRun {
  return runs > 0 ? { operationId, check, runs } : { operationId, check, runs: 0, skipped };
}

function reasons(outcomes: readonly ProbeReport[]): string {
  return [...new Set(outcomes.map((o) => o.skipped).filter((s): s is string => s !== undefined))].join('; ');
}
