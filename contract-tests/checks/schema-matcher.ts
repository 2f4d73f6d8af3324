import type { JsonSchema } from '../../src/spec/openapi-types';
import type { Validators } from '../../src/validation/create-validators';
import { toIssues, type ValidationIssue } from '../../src/validation/validation-issue';

/**
 * Validates a value against any schema NODE of a spec (a oneOf branch, a header schema), not
 * only the whole-response schemas: through `Validators.schema`, so the same Ajv compiles it,
 * once per node.
 */
export interface SchemaMatcher {
  issues(vendor: string, schema: JsonSchema, value: unknown): readonly ValidationIssue[];
  matches(vendor: string, schema: JsonSchema, value: unknown): boolean;
}

/** For body values: no coercion, as the shared body validators. */
export function bodyMatcher(validators: Validators): SchemaMatcher {
  return createMatcher(validators, false);
}

/** For header values, which arrive as strings: coerced like request parameters. */
export function headerMatcher(validators: Validators): SchemaMatcher {
  return createMatcher(validators, true);
}

function createMatcher(validators: Validators, coerce: boolean): SchemaMatcher {
  const issues = (vendor: string, schema: JsonSchema, value: unknown): readonly ValidationIssue[] => {
    if (schema === true) return toIssues(null);
    if (schema === false) return [{ pointer: '', keyword: 'false schema', message: 'no value is allowed here', params: {}, schemaPath: '#' }];
    return validators.schema(vendor, schema, { coerce })(value);
  };
  return { issues, matches: (vendor, schema, value) => issues(vendor, schema, value).length === 0 };
}
