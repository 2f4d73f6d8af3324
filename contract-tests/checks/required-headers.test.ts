import { createValidators } from '../../src/validation/create-validators';
import { requiredHeaders } from './required-headers';
import { contextFor, docExample, documentedHeaders, makeExchange, specExample } from './test-support/exchanges';

const validators = createValidators();
const run = (operationId: string, status: number, body: unknown, headers: Record<string, string>) =>
  requiredHeaders.run(makeExchange(validators, { operationId, status, body, headers }), contextFor(validators, operationId));
const cbrList = docExample('cbr', 'listOpLogs.200.seed.json');

describe('required-headers', () => {
  it('accepts a CBR answer that carries X-Request-Id (any name case on the wire arrives lower-cased)', () => {
    expect(run('listOpLogs', 200, cbrList, { 'content-type': 'application/json', 'x-request-id': '6865049af0c84f6284fa04d702388817' })).toEqual([]);
  });

  it('reports a CBR answer without X-Request-Id, on success and on error alike', () => {
    const missing = run('listOpLogs', 200, cbrList, { 'content-type': 'application/json' });
    expect(missing).toEqual([
      expect.objectContaining({ check: 'required-headers', severity: 'failure', pointer: '/headers/x-request-id', actual: '(absent)' }),
    ]);
    const error = run('listOpLogs', 401, specExample(validators, 'listOpLogs', '401', 'missingToken'), { 'content-type': 'application/json' });
    expect(error.map((f) => f.pointer)).toEqual(['/headers/x-request-id']);
  });

  it("reports an X-Request-Id that breaks the header's schema (32 lower-case hex)", () => {
    const findings = run('listOpLogs', 200, cbrList, { 'content-type': 'application/json', 'x-request-id': 'REQ-1' });
    expect(findings).toEqual([
      expect.objectContaining({ pointer: '/headers/x-request-id', expected: 'pattern: ^[0-9a-f]{32}$', actual: 'REQ-1' }),
    ]);
  });

  it('validates an optional documented header only when present (Velostrata WWW-Authenticate)', () => {
    const body = specExample(validators, 'getActiveTasks', '401', 'missingCredentials');
    expect(run('getActiveTasks', 401, body, { 'content-type': 'application/json' })).toEqual([]);
    expect(run('getActiveTasks', 401, body, documentedHeaders(validators, 'getActiveTasks', 401))).toEqual([]);
    const bad = run('getActiveTasks', 401, body, { 'content-type': 'application/json', 'www-authenticate': 'Bearer' });
    expect(bad.map((f) => [f.check, f.pointer, f.actual])).toEqual([['required-headers', '/headers/www-authenticate', 'Bearer']]);
  });

  it('asks nothing of APIs that document no headers', () => {
    expect(run('listAstraTasks', 200, docExample('astra', 'listAstraTasks.200.seed.json'), {})).toEqual([]);
  });
});
