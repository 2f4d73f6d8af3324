import { createValidators } from '../../src/validation/create-validators';
import { coverageOf } from '../coverage';
import { consoleSummary } from './console-summary';
import { BASIC_SECRET, SECRET, sampleResults } from './test-support/sample-results';

const validators = createValidators();

describe('consoleSummary', () => {
  const results = sampleResults();
  const text = consoleSummary(results, { coverage: coverageOf(results, validators), secrets: [SECRET, BASIC_SECRET] });
  const lines = text.split('\n');

  it('gives per vendor and operation the checks passed, failed and skipped', () => {
    expect(lines).toContain('astra against https://astra.example');
    expect(lines).toContain('  listAstraTasks: 2 passed, 2 failed, 2 skipped');
    expect(lines).toContain('    pass  status-documented, unknown-field');
    expect(lines).toContain('  listOpLogs: 2 passed, 0 failed, 0 skipped');
  });

  it('lists each failure with its pointer, expected and actual', () => {
    expect(lines).toContain('    FAIL  body-schema: 2 finding(s) in 3 run(s)');
    expect(text).toContain('/items/0/state: expected one of ["pending","running","completed","failed"], actual "done": must be equal to one of the allowed values [GET /accounts/');
    expect(text).toContain('(whole body): expected x, actual y');
  });

  it('prints every skip with its reason, and drift apart from failures', () => {
    expect(lines).toContain('    skip  paging-walk: the target invents each answer (stateless): no paging walk');
    expect(lines).toContain('    skip  filter:state: no state value seen in earlier responses');
    const drift = lines.indexOf('    drift (1, not failures unless --strict)');
    expect(drift).toBeGreaterThan(lines.findIndex((l) => l.startsWith('    FAIL')));
    expect(lines[drift + 1]).toBe('      unknown-field:');
    expect(lines[drift + 2]).toContain('/items/0/owner: expected a field the spec documents, actual owner');
  });

  it('prints repeated drift once per place, with how often it was seen; failures stay one by one', () => {
    const [first] = sampleResults();
    const drift = first?.findings.find((f) => f.severity === 'drift');
    if (!first || !drift) throw new Error('the sample results hold a drift finding');
    const repeated = [0, 1, 2].map((i) => ({ ...drift, pointer: `/items/${i}/owner` }));
    const other = { ...drift, pointer: '/metadata/extra' };
    const printed = consoleSummary([{ ...first, findings: [...first.findings.filter((f) => f !== drift), ...repeated, other] }], { secrets: [] }).split('\n');
    const header = printed.indexOf('    drift (4, not failures unless --strict)');
    expect(printed[header + 2]).toContain('/items/*/owner (3 times): expected a field the spec documents, actual owner');
    expect(printed[header + 3]).toContain('/metadata/extra: expected');
    expect(printed.filter((l) => l.includes('/items/0/state:'))).toHaveLength(1);
  });

  it('prints the coverage table and ends with the totals', () => {
    expect(text).toMatch(/\n {2}astra +listAstraTasks +2\/6 +3\/8 +response 400, response 403/);
    expect(lines.at(-1)).toBe('contract: 3 failures, 1 drift, 2 skipped');
  });

  it('escapes control characters a target sent instead of printing them', () => {
    expect(text).toContain(`actual "<paused> & 'x' \\u0001"`);
    expect(text).not.toContain(String.fromCharCode(1));
  });

  it('never prints a secret: a report containing one prints ***', () => {
    expect(text).not.toContain(SECRET);
    expect(text).toContain('token *** leaked into a message');
    expect(text).toContain('Basic *** was echoed');
  });

  it('shortens a long list of findings and says where the rest is', () => {
    const [astra] = sampleResults();
    if (!astra) throw new Error('no sample');
    const many = Array.from({ length: 25 }, (_, i) => ({ ...astra.findings[0]!, pointer: `/items/${i}/state` }));
    const out = consoleSummary([{ ...astra, findings: many }], { secrets: [] });
    expect(out).toContain('/items/9/state');
    expect(out).not.toContain('/items/10/state');
    expect(out).toContain('... and 15 more (all in the --json report)');
  });
});
