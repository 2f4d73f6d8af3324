import { createValidators } from '../../src/validation/create-validators';
import { contentType } from './content-type';
import { contextFor, docExample, makeExchange, specExample } from './test-support/exchanges';

const validators = createValidators();
const run = (operationId: string, status: number, body: unknown, headers: Record<string, string>) =>
  contentType.run(makeExchange(validators, { operationId, status, body, headers }), contextFor(validators, operationId));
const astraList = docExample('astra', 'listAstraTasks.200.seed.json');

describe('content-type', () => {
  it('accepts each documented media type, whatever its parameters and case', () => {
    expect(run('listAstraTasks', 200, astraList, { 'content-type': 'application/json' })).toEqual([]);
    expect(run('listAstraTasks', 200, astraList, { 'content-type': 'application/astra-tasks+json; charset=utf-8' })).toEqual([]);
    expect(run('listOpLogs', 200, docExample('cbr', 'listOpLogs.200.seed.json'), { 'content-type': 'Application/JSON;charset=UTF-8' })).toEqual([]);
  });

  it('reports a wrong Content-Type at /headers/content-type with the documented list', () => {
    const findings = run('listAstraTasks', 200, astraList, { 'content-type': 'text/html; charset=utf-8' });
    expect(findings).toEqual([
      expect.objectContaining({
        check: 'content-type',
        severity: 'failure',
        pointer: '/headers/content-type',
        expected: 'application/json | application/astra-tasks+json',
        actual: 'text/html; charset=utf-8',
      }),
    ]);
  });

  it("reports JSON where the status documents problem+json (Astra's 401)", () => {
    const body = specExample(validators, 'listAstraTasks', '401', 'missingToken', 'application/problem+json');
    const findings = run('listAstraTasks', 401, body, { 'content-type': 'application/json' });
    expect(findings.map((f) => [f.check, f.pointer, f.expected])).toEqual([['content-type', '/headers/content-type', 'application/problem+json']]);
  });

  it('reports a missing Content-Type where content is documented', () => {
    const findings = run('getActiveTasks', 200, docExample('velostrata', 'getActiveTasks.200.seed.json'), {});
    expect(findings.map((f) => [f.pointer, f.actual])).toEqual([['/headers/content-type', '(absent)']]);
  });

  it('says nothing about an undocumented status (status-documented does)', () => {
    expect(run('listAstraTasks', 418, {}, { 'content-type': 'text/plain' })).toEqual([]);
  });

  it('judges the documented response of the status: snapservice 201 session id', () => {
    const body = specExample(validators, 'createSession', '201', 'sessionId');
    expect(run('createSession', 201, body, { 'content-type': 'application/json' })).toEqual([]);
    expect(run('createSession', 201, body, { 'content-type': 'text/plain' }).map((f) => f.check)).toEqual(['content-type']);
  });
});
