import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/**
 * OpenAPI 3.1 keywords that are not JSON Schema 2020-12. Strict mode rejects any other unknown
 * keyword, so a typo in a spec (`requried`, `additionalProperty`) fails at load, not silently.
 */
const OPENAPI_KEYWORDS = ['example', 'discriminator', 'xml', 'externalDocs'];

/**
 * taskmock's own schema annotations (no effect on validation): `x-taskmock-not-expected: <why>`
 * tells the contract suite's never-seen drift not to expect a member (contract-tests/drift).
 */
export const NOT_EXPECTED = 'x-taskmock-not-expected';

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/**
 * One Ajv 2020 instance configured for our hand-written specs: strict mode on, union types
 * (`type: [string, 'null']`) allowed, all errors collected (the contract suite reports each
 * one), standard formats plus OpenAPI's numeric ones. `coerce` is for request parameters,
 * which arrive as strings: `'array'` also wraps a lone value for array parameters.
 */
export function createAjv(options: { coerce: boolean }): Ajv2020 {
  const ajv = new Ajv2020({
    strict: true,
    allowUnionTypes: true,
    allErrors: true,
    coerceTypes: options.coerce ? 'array' : false,
  });
  addFormats(ajv);
  ajv.addVocabulary([...OPENAPI_KEYWORDS, NOT_EXPECTED]);
  ajv.addFormat('int32', {
    type: 'number',
    validate: (n: number) => Number.isInteger(n) && n >= INT32_MIN && n <= INT32_MAX,
  });
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
  ajv.addFormat('float', { type: 'number', validate: () => true });
  ajv.addFormat('double', { type: 'number', validate: () => true });
  return ajv;
}
