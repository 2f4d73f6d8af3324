import { createValidators } from '../../src/validation/create-validators';
import { statusDocumented } from './status-documented';
import { contextFor, docExample, makeExchange, specExample } from './test-support/exchanges';

const validators = createValidators();
const run = (operationId: string, status: number, body: unknown) =>
  statusDocumented.run(makeExchange(validators, { operationId, status, body }), contextFor(validators, operationId));

describe('status-documented', () => {
  it('accepts every status the spec documents exactly', () => {
    expect(run('listAstraTasks', 200, docExample('astra', 'listAstraTasks.200.seed.json'))).toEqual([]);
    expect(run('listAstraTasks', 406, specExample(validators, 'listAstraTasks', '406', 'unsupportedAccept', 'application/problem+json'))).toEqual([]);
    expect(run('listOpLogs', 429, specExample(validators, 'listOpLogs', '429', 'throttled'))).toEqual([]);
  });

  it("accepts any status through Velostrata's documented `default` response", () => {
    expect(run('getActiveTasks', 503, specExample(validators, 'getActiveTasks', 'default', 'serviceUnavailable'))).toEqual([]);
  });

  it('reports an undocumented status with the documented list as expected', () => {
    const findings = run('listAstraTasks', 418, { title: 'teapot' });
    expect(findings).toEqual([
      expect.objectContaining({
        vendor: 'astra',
        operationId: 'listAstraTasks',
        check: 'status-documented',
        severity: 'failure',
        pointer: '',
        expected: '200, 400, 401, 403, 404, 406',
        actual: '418',
        request: `GET ${validators.operation('listAstraTasks').defaultRequest}`,
      }),
    ]);
  });

  it('reports a 2xx the operation does not document (201 on a list)', () => {
    const findings = run('listOpLogs', 201, docExample('cbr', 'listOpLogs.200.seed.json'));
    expect(findings.map((f) => [f.check, f.severity, f.actual])).toEqual([['status-documented', 'failure', '201']]);
  });
});
