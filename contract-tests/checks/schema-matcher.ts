import type Ajv2020 from 'ajv/dist/2020';
import type { ValidateFunction } from 'ajv';
import type { JsonSchema } from '../../src/spec/openapi-types';
import { createAjv } from '../../src/validation/create-ajv';
import type { Validators } from '../../src/validation/create-validators';
import { rewriteRefs, vendorSchemaId } from '../../src/validation/rewrite-refs';
import { toIssues, type ValidationIssue } from '../../src/validation/validation-issue';

/**
 * Validates a value against any schema NODE of a spec (a oneOf branch, a header schema), not
 * only the whole-response schemas `createValidators()` compiles. The shared Validators do not
 * expose their Ajv, so this keeps one Ajv per Validators, configured by the same
 * `createAjv` and with the same component registration (`rewriteRefs`), and compiles each
 * schema node once: the cache is keyed by the node object of the loaded spec.
 */
export interface SchemaMatcher {
  issues(vendor: string, schema: JsonSchema, value: unknown): readonly ValidationIssue[];
  matches(vendor: string, schema: JsonSchema, value: unknown): boolean;
}

interface Compiled {
  readonly ajv: Ajv2020;
  readonly cache: WeakMap<object, ValidateFunction>;
}

const bodyMatchers = new WeakMap<Validators, SchemaMatcher>();
const headerMatchers = new WeakMap<Validators, SchemaMatcher>();

/** For body values: no coercion, as the shared body validators. */
export function bodyMatcher(validators: Validators): SchemaMatcher {
  return cached(bodyMatchers, validators, false);
}

/** For header values, which arrive as strings: coerced like request parameters. */
export function headerMatcher(validators: Validators): SchemaMatcher {
  return cached(headerMatchers, validators, true);
}

function cached(store: WeakMap<Validators, SchemaMatcher>, validators: Validators, coerce: boolean): SchemaMatcher {
  let matcher = store.get(validators);
  if (!matcher) {
    matcher = createMatcher(validators, coerce);
    store.set(validators, matcher);
  }
  return matcher;
}

function createMatcher(validators: Validators, coerce: boolean): SchemaMatcher {
  let compiled: Compiled | undefined;
  const compile = (vendor: string, schema: Record<string, unknown>): ValidateFunction => {
    compiled ??= setUp(validators, coerce);
    let validate = compiled.cache.get(schema);
    if (!validate) {
      validate = compiled.ajv.compile(rewriteRefs(schema, vendor));
      compiled.cache.set(schema, validate);
    }
    return validate;
  };
  const issues = (vendor: string, schema: JsonSchema, value: unknown): readonly ValidationIssue[] => {
    if (schema === true) return toIssues(null);
    if (schema === false) return [{ pointer: '', keyword: 'false schema', message: 'no value is allowed here', params: {}, schemaPath: '#' }];
    const validate = compile(vendor, schema);
    // Coercion writes into the value it validates: hand Ajv a copy so a header or body is never changed.
    const subject = coerce ? structuredClone(value) : value;
    return validate(subject) ? toIssues(null) : toIssues(validate.errors);
  };
  return { issues, matches: (vendor, schema, value) => issues(vendor, schema, value).length === 0 };
}

function setUp(validators: Validators, coerce: boolean): Compiled {
  const ajv = createAjv({ coerce });
  for (const { vendor, doc } of validators.specs) {
    const defs = rewriteRefs({ $defs: doc.components?.schemas ?? {} }, vendor) as Record<string, unknown>;
    ajv.addSchema({ $id: vendorSchemaId(vendor), ...defs });
  }
  return { ajv, cache: new WeakMap() };
}
