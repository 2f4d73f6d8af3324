import { loadSpecs } from '../../src/spec/load-specs';
import { createValidators } from '../../src/validation/create-validators';
import { errorEnvelope } from './error-envelope';
import { ErrorEnvelopeSpecError, errorEnvelopeOf } from './error-envelope-spec';
import { contextFor, docExample, makeExchange, specExample, where, type ExchangeInput } from './test-support/exchanges';

const validators = createValidators();
const run = (input: ExchangeInput, using = validators) =>
  errorEnvelope.run(makeExchange(using, { expectError: true, ...input }), contextFor(using, input.operationId));
const problem = (status: string, name: string) => specExample(validators, 'listAstraTasks', status, name, 'application/problem+json');
const PROBLEM = { 'content-type': 'application/problem+json' };

describe('error-envelope: reading x-taskmock-error-envelope from the specs', () => {
  it('reads every vendor envelope, in-body only for vSphere', () => {
    const envelopes = Object.fromEntries(['astra', 'cbr', 'snapservice', 'velostrata', 'vsphere'].map((v) => [v, errorEnvelopeOf(validators, v)]));
    expect(envelopes).toEqual({
      astra: { schemas: ['AstraProblemDetails'], inBody200: false },
      cbr: { schemas: ['CbrError', 'ApiGatewayError'], inBody200: false },
      snapservice: { schemas: ['VapiStdError'], inBody200: false },
      velostrata: { schemas: ['ErrorInfo'], inBody200: false },
      vsphere: { schemas: ['ErrorResponse'], inBody200: true },
    });
  });

  it('rejects a malformed extension with a typed error naming the spec', () => {
    const specs = loadSpecs().map((s) => (s.vendor === 'astra' ? { ...s, doc: { ...s.doc, 'x-taskmock-error-envelope': { schemas: ['#/components/schemas/Nope'], inBody200: false } } } : s));
    const broken = createValidators(specs);
    expect(() => errorEnvelopeOf(broken, 'astra')).toThrow(ErrorEnvelopeSpecError);
    expect(() => errorEnvelopeOf(broken, 'astra')).toThrow(/specs\/astra\.yaml/);
  });
});

describe('error-envelope: answers to negative probes', () => {
  it('ignores exchanges of ordinary probes', () => {
    expect(run({ operationId: 'listAstraTasks', status: 200, body: docExample('astra', 'listAstraTasks.200.seed.json'), expectError: false })).toEqual([]);
  });

  it.each([
    ['listAstraTasks', 401, problem('401', 'missingToken'), PROBLEM],
    ['listAstraTasks', 400, docExample('astra', 'listAstraTasks.400.seed.json'), PROBLEM],
    ['listOpLogs', 401, specExample(validators, 'listOpLogs', '401', 'invalidToken'), undefined],
    ['listOpLogs', 400, specExample(validators, 'listOpLogs', '400', 'badLimit'), undefined],
    ['listSnapserviceTasks', 401, specExample(validators, 'listSnapserviceTasks', '401', 'sessionMissing'), undefined],
    ['createSession', 401, specExample(validators, 'createSession', '401', 'badCredentials'), undefined],
    ['getActiveTasks', 401, specExample(validators, 'getActiveTasks', '401', 'badCredentials'), undefined],
    ['getActiveTasks', 503, specExample(validators, 'getActiveTasks', 'default', 'serviceUnavailable'), undefined],
    ['listRootTasks', 400, specExample(validators, 'listRootTasks', '400', 'invalidPageSize'), undefined],
  ])('accepts %s answering %i in its documented envelope', (operationId, status, body, headers) => {
    expect(run({ operationId, status, body, headers })).toEqual([]);
  });

  it('accepts a vSphere scode error inside an HTTP 200 (the spec says inBody200)', () => {
    for (const name of ['missingVsphereUuid', 'invalidToken', 'unknownVsphere']) {
      expect(run({ operationId: 'listRootTasks', status: 200, body: specExample(validators, 'listRootTasks', '200', name) })).toEqual([]);
    }
  });

  it('reports a vSphere success envelope answering a negative probe', () => {
    const findings = run({ operationId: 'listRootTasks', status: 200, body: docExample('vsphere', 'listRootTasks.200.seed.json') });
    expect(where(findings)).toEqual([{ check: 'error-envelope', severity: 'failure', pointer: '' }]);
    expect(findings[0]?.message).toBe('expected an error, got a success (200)');
    expect(findings[0]?.expected).toBe('an error: status 400, 401, 404, 500 or a 200 body in the error envelope (ErrorResponse)');
  });

  it('reports a 200 success answering a negative probe where errors never come in a 200 (Astra, CBR)', () => {
    const astra = run({ operationId: 'listAstraTasks', status: 200, body: docExample('astra', 'listAstraTasks.200.seed.json') });
    expect(astra.map((f) => [f.check, f.severity, f.pointer, f.message])).toEqual([['error-envelope', 'failure', '', 'expected an error, got a success (200)']]);
    // A body that happens to look like an error does not make a 200 an error when the spec says errors carry their status.
    const cbr = run({ operationId: 'listOpLogs', status: 200, body: specExample(validators, 'listOpLogs', '400', 'badLimit') });
    expect(cbr.map((f) => f.message)).toEqual(['expected an error, got a success (200)']);
  });

  it('reports a redirect answering a negative probe', () => {
    expect(run({ operationId: 'listOpLogs', status: 302, body: undefined, text: '' }).map((f) => f.message)).toEqual(['expected an error, got status 302']);
  });

  it('reports an error status the spec does not document', () => {
    const findings = run({ operationId: 'listAstraTasks', status: 500, body: problem('404', 'unknownAccount'), headers: PROBLEM });
    expect(findings).toEqual([expect.objectContaining({ check: 'error-envelope', pointer: '', actual: '500', expected: 'an error status the spec documents: 400, 401, 403, 404, 406' })]);
  });

  it('reports an error body in the wrong status (Astra 404 carrying the 401 problem)', () => {
    const findings = run({ operationId: 'listAstraTasks', status: 404, body: problem('401', 'missingToken'), headers: PROBLEM });
    expect(where(findings)).toEqual([{ check: 'error-envelope', severity: 'failure', pointer: '' }]);
    expect(findings[0]?.expected).toBe('the 404 error body (application/problem+json)');
  });

  it('reports an error body in a foreign envelope (CBR 401 answered vAPI-style)', () => {
    const body = specExample(validators, 'listSnapserviceTasks', '401', 'sessionMissing');
    expect(where(run({ operationId: 'listOpLogs', status: 401, body }))).toEqual([{ check: 'error-envelope', severity: 'failure', pointer: '' }]);
  });

  it('reports a vSphere mirrored status whose body is another scode (HTTP 400 with scode 404)', () => {
    const body = specExample(validators, 'listRootTasks', '404', 'unknownVsphere');
    expect(run({ operationId: 'listRootTasks', status: 400, body }).map((f) => f.expected)).toEqual(['the 400 error body (application/json)']);
  });

  it("checks the declared envelope on top of the status's schema", () => {
    // Declare a narrower envelope than the 401 schema allows: the 401 problem meets its status schema but not the envelope.
    const specs = loadSpecs().map((s) =>
      s.vendor === 'astra' ? { ...s, doc: { ...s.doc, 'x-taskmock-error-envelope': { schemas: ['#/components/schemas/AstraProblem2'], inBody200: false } } } : s,
    );
    const narrowed = createValidators(specs);
    const findings = run({ operationId: 'listAstraTasks', status: 401, body: problem('401', 'missingToken'), headers: PROBLEM }, narrowed);
    expect(findings.map((f) => [f.check, f.pointer, f.expected])).toEqual([['error-envelope', '', 'the error envelope AstraProblem2']]);
  });
});
