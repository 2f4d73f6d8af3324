import type { SpecDocument } from '../spec/load-specs';
import type { OpenApiDocument } from '../spec/openapi-types';
import { createValidators } from './create-validators';

/** A one-operation spec for testing the validator module itself. */
function specWith(schema: Record<string, unknown>, extra: Partial<OpenApiDocument> = {}): SpecDocument {
  const doc: OpenApiDocument = {
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    paths: {
      '/things/{id}': {
        get: {
          operationId: 'getThing',
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^[a-z]+$' } },
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 10 } },
            { name: 'status', in: 'query', schema: { type: 'array', items: { enum: ['A', 'B'] } } },
            { name: 'X-Token', in: 'header', required: true, schema: { type: 'string' } },
          ],
          responses: {
            '200': { description: 'ok', content: { 'application/json': { schema } } },
            '4XX': { description: 'client', content: { 'application/json': { schema: { type: 'object' } } } },
          },
        },
      },
    },
    ...extra,
  };
  return { vendor: 'demo', file: 'demo.yaml', doc };
}

describe('createValidators', () => {
  it('compiles the project specs under strict mode', () => {
    const validators = createValidators();
    expect(validators.operations.size).toBeGreaterThanOrEqual(9);
  });

  it('rejects a schema keyword typo instead of ignoring it (strict mode)', () => {
    const spec = specWith({ type: 'object', requried: ['id'] });
    expect(() => createValidators([spec])).toThrow(/demo: getThing 200 application\/json.*requried/);
  });

  it('resolves component references through the vendor id', () => {
    const spec = specWith(
      { $ref: '#/components/schemas/Thing' },
      { components: { schemas: { Thing: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } } } },
    );
    const check = createValidators([spec]).response('getThing', 200);
    expect(check?.({ id: 'a' })).toEqual([]);
    expect(check?.({ id: 1 }).map((i) => `${i.pointer} ${i.keyword}`)).toEqual(['/id type']);
    expect(check?.({}).map((i) => i.keyword)).toEqual(['required']);
  });

  it('validates any schema node of a spec, refs resolved, coerced on demand without changing the value', () => {
    const spec = specWith({ type: 'string' }, { components: { schemas: { Count: { type: 'integer', minimum: 1 } } } });
    const validators = createValidators([spec]);
    const node = { type: 'object', properties: { n: { $ref: '#/components/schemas/Count' } } };
    expect(validators.schema('demo', node)({ n: 2 })).toEqual([]);
    expect(validators.schema('demo', node)({ n: '2' }).map((i) => `${i.pointer} ${i.keyword}`)).toEqual(['/n type']);
    const value = { n: '2' };
    expect(validators.schema('demo', node, { coerce: true })(value)).toEqual([]);
    expect(value).toEqual({ n: '2' });
    expect(validators.schema('demo', node, { coerce: true })({ n: '0' }).map((i) => i.keyword)).toEqual(['minimum']);
    expect(validators.schema('demo', node)).toBe(validators.schema('demo', node));
  });

  it('finds a response by exact status, then range, and none when undocumented', () => {
    const validators = createValidators([specWith({ type: 'string' })]);
    expect(validators.response('getThing', 200)?.('x')).toEqual([]);
    expect(validators.response('getThing', 404)?.('x').map((i) => i.keyword)).toEqual(['type']);
    expect(validators.response('getThing', 500)).toBeUndefined();
  });

  it('coerces and checks request parameters by location, and lists undeclared query keys', () => {
    const validate = createValidators([specWith({ type: 'string' })]).request('getThing');
    const ok = validate({ path: { id: 'abc' }, query: { limit: '5', status: 'A' }, headers: { 'x-token': 't' } });
    expect(ok.issues).toEqual([]);
    expect(ok.values.query).toEqual({ limit: 5, status: ['A'] });
    const bad = validate({ path: { id: 'A1' }, query: { limit: '0', status: ['A', 'C'], other: 'x' }, headers: {} });
    expect(bad.issues.map((i) => `${i.in}:${i.name}:${i.keyword}`).sort()).toEqual([
      'header:x-token:required',
      'path:id:pattern',
      'query:limit:minimum',
      'query:status:enum',
    ]);
    expect(bad.undeclaredQuery).toEqual(['other']);
  });
});
