import type { Coverage, CoverageItem } from '../coverage';

/**
 * The coverage as a text table: per operation, exercised / documented responses and
 * parameters, and what was never exercised.
 */
export function coverageTable(coverage: Coverage): string {
  const rows = coverage.operations.map((op) => [
    op.vendor,
    op.operationId,
    ratio(op.responses),
    ratio(op.parameters),
    [...op.responses.filter((r) => !r.exercised).map((r) => `response ${r.name}`), ...op.parameters.filter((p) => !p.exercised).map((p) => `parameter ${p.name}`)].join(', ') || '-',
  ]);
  const header = ['vendor', 'operation', 'responses', 'parameters', 'never exercised'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ');
  return ['coverage (exercised/documented)', `  ${line(header)}`, ...rows.map((r) => `  ${line(r)}`)].join('\n');
}

function ratio(items: readonly CoverageItem[]): string {
  return `${items.filter((i) => i.exercised).length}/${items.length}`;
}
