import type { ContractResult, Finding } from '../contract-types';
import type { Coverage } from '../coverage';
import { redact } from '../redact';
import { coverageTable } from './coverage-table';
import { groupByOperation, stateOf, testCasesOf, totalsOf } from './test-cases';

/** Findings printed per check before "... and N more": a broken schema can flag every item of every page. */
const SHOWN_PER_CHECK = 10;

/**
 * The console summary: per vendor and operation the checks passed, failed and skipped (with
 * the reason), each failure with its pointer, expected and actual, drift listed apart, the
 * coverage table, and the final `contract: N failures, N drift, N skipped` line. The whole text
 * goes through `redact`, and control characters are escaped.
 */
export function consoleSummary(results: readonly ContractResult[], options: { coverage?: Coverage; secrets: readonly string[] }): string {
  const out: string[] = [];
  for (const result of results) {
    out.push(`${result.vendor} against ${result.target}`);
    for (const [operationId, cases] of groupByOperation(testCasesOf(result))) {
      const passed = cases.filter((c) => stateOf(c) === 'passed');
      const failed = cases.filter((c) => stateOf(c) === 'failed');
      const skipped = cases.filter((c) => stateOf(c) === 'skipped');
      out.push(`  ${operationId}: ${passed.length} passed, ${failed.length} failed, ${skipped.length} skipped`);
      if (passed.length > 0) out.push(`    pass  ${passed.map((c) => c.check).join(', ')}`);
      for (const c of failed) {
        out.push(`    FAIL  ${c.check}: ${c.failures.length} finding(s) in ${c.runs} run(s)`);
        out.push(...findingLines(c.failures, '          '));
      }
      for (const c of skipped) out.push(`    skip  ${c.check}: ${c.skipped ?? ''}`);
      const drift = cases.flatMap((c) => c.drift);
      if (drift.length > 0) {
        out.push(`    drift (${drift.length}, not failures unless --strict)`);
        for (const c of cases.filter((x) => x.drift.length > 0)) {
          out.push(`      ${c.check}:`);
          out.push(...findingLines(groupedByPlace(c.drift), '          '));
        }
      }
    }
  }
  if (options.coverage) out.push(coverageTable(options.coverage));
  const totals = totalsOf(results);
  out.push(`contract: ${totals.failures} failures, ${totals.drift} drift, ${totals.skipped} skipped`);
  return printable(redact(out.join('\n'), options.secrets));
}

/** Control characters a target sent (ANSI escapes among them) are shown as `\u001b`, never sent to the terminal. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Drift repeats itself item after item and page after page (a field the spec does not know is
 * in every task): one line per place, array indices as `*`, with how often it was seen. Every
 * occurrence stays in the --json report; failures are always listed one by one.
 */
function groupedByPlace(findings: readonly Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const place = finding.pointer.replace(/\/\d+(?=\/|$)/g, '/*');
    groups.set(place, [...(groups.get(place) ?? []), finding]);
  }
  return [...groups].map(([place, [first, ...rest]]) =>
    rest.length === 0 ? (first as Finding) : { ...(first as Finding), pointer: `${place} (${rest.length + 1} times)` },
  );
}

function findingLines(findings: readonly Finding[], indent: string): string[] {
  const lines = findings.slice(0, SHOWN_PER_CHECK).map((f) => {
    // A finding about no response (coverage) has neither pointer nor request.
    const where = f.pointer !== '' ? `${f.pointer}: ` : f.request !== '' ? '(whole body): ' : '';
    const request = f.request === '' ? '' : ` [${f.request}]`;
    return `${indent}${where}expected ${f.expected}, actual ${f.actual}: ${f.message}${request}`;
  });
  if (findings.length > SHOWN_PER_CHECK) lines.push(`${indent}... and ${findings.length - SHOWN_PER_CHECK} more (all in the --json report)`);
  return lines;
}
