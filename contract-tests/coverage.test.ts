import { createValidators } from '../src/validation/create-validators';
import { coverageOf, requireFullCoverage } from './coverage';
import { coverageTable } from './report/coverage-table';
import { sampleResults } from './report/test-support/sample-results';

const validators = createValidators();

describe('coverageOf', () => {
  const results = sampleResults();
  const coverage = coverageOf(results, validators);

  it('covers the operations of the vendors that ran, and only those', () => {
    expect(coverage.operations.map((o) => o.operationId)).toEqual(['listAstraTasks', 'listOpLogs', 'showOpLog']);
  });

  it('marks the documented statuses some exchange got', () => {
    const astra = coverage.operations[0];
    expect(astra?.responses).toEqual([
      { name: '200', exercised: true },
      { name: '400', exercised: false },
      { name: '401', exercised: true },
      { name: '403', exercised: false },
      { name: '404', exercised: false },
      { name: '406', exercised: false },
    ]);
  });

  it('marks the parameters some request sent, path parameters by any request', () => {
    const sent = (operationId: string) =>
      coverage.operations.find((o) => o.operationId === operationId)?.parameters.filter((p) => p.exercised).map((p) => p.name);
    expect(sent('listAstraTasks')?.sort()).toEqual(['account_id', 'include', 'limit']);
    expect(sent('listOpLogs')?.sort()).toEqual(['limit', 'project_id']);
  });

  it('lists what is missing', () => {
    expect(coverage.missing).toContainEqual({ vendor: 'astra', operationId: 'listAstraTasks', kind: 'response', name: '406' });
    expect(coverage.missing).toContainEqual({ vendor: 'cbr', operationId: 'listOpLogs', kind: 'parameter', name: 'vault_id' });
    expect(coverage.missing.filter((m) => m.vendor === 'astra')).toHaveLength(4 + 5);
  });

  it('counts a status documented nowhere else as the default response', () => {
    const result = { vendor: 'velostrata', target: 't', findings: [], checkRuns: [], outcomes: [
      { probe: 'p', operationId: 'getActiveTasks', findings: [], exchanges: [
        { operationId: 'getActiveTasks', probe: 'p', request: { method: 'GET' as const, path: '/velostrata/api/v42/tasks', headers: {} }, response: { status: 503, headers: {}, text: '', body: undefined, ms: 1 } },
      ] },
    ] };
    expect(coverageOf([result], validators).operations[0]?.responses).toEqual([
      { name: '200', exercised: false },
      { name: '401', exercised: false },
      { name: 'default', exercised: true },
    ]);
  });

  it('prints a table with exercised/documented counts and the missing items', () => {
    const table = coverageTable(coverage).split('\n');
    expect(table[0]).toBe('coverage (exercised/documented)');
    expect(table[1]).toMatch(/^ {2}vendor +operation +responses +parameters +never exercised$/);
    expect(table[2]).toMatch(/^ {2}astra +listAstraTasks +2\/6 +3\/8 +response 400, response 403, response 404, response 406, parameter filter/);
    expect(table[3]).toMatch(/^ {2}cbr +listOpLogs +1\/5 +2\/13 /);
  });

  it('turns each missing item into a coverage failure when full coverage is required', () => {
    const required = requireFullCoverage(results, coverage);
    const astra = required[0];
    const failures = astra?.findings.filter((f) => f.check === 'coverage') ?? [];
    expect(failures).toHaveLength(9);
    expect(failures[0]).toMatchObject({ severity: 'failure', operationId: 'listAstraTasks', expected: 'documented response 400 exercised', actual: 'never exercised' });
    expect(astra?.checkRuns.at(-1)).toEqual({ operationId: 'listAstraTasks', check: 'coverage', runs: 14 });
    // Nothing else is touched.
    expect(astra?.findings.slice(0, 4)).toEqual(results[0]?.findings);
  });

  it('counts every run of a vendor, and judges the vendor once', () => {
    const [astra] = sampleResults();
    if (!astra) throw new Error('no sample');
    const again = { ...astra, target: 'second run', findings: [], checkRuns: [], outcomes: [
      { probe: 'p', operationId: 'listAstraTasks', findings: [], exchanges: [{ ...astra.outcomes[0]!.exchanges[0]!, response: { ...astra.outcomes[0]!.exchanges[0]!.response, status: 406 } }] },
    ] };
    const both = coverageOf([astra, again], validators);
    expect(both.missing.some((m) => m.name === '406')).toBe(false);
    const required = requireFullCoverage([astra, again], both);
    expect(required[0]?.findings.filter((f) => f.check === 'coverage')).toHaveLength(8);
    expect(required[1]).toBe(again);
  });
});
