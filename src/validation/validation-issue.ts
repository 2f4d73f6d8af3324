import type { ErrorObject } from 'ajv';

/** One way a value breaks its schema: where (JSON pointer), which keyword, and Ajv's words. */
export interface ValidationIssue {
  readonly pointer: string;
  readonly keyword: string;
  readonly message: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly schemaPath: string;
}

export const NO_ISSUES: readonly ValidationIssue[] = Object.freeze([]);

export function toIssues(errors: readonly ErrorObject[] | null | undefined): readonly ValidationIssue[] {
  if (!errors || errors.length === 0) return NO_ISSUES;
  return errors.map((error) => ({
    pointer: error.instancePath,
    keyword: error.keyword,
    message: error.message ?? error.keyword,
    params: error.params,
    schemaPath: error.schemaPath,
  }));
}
