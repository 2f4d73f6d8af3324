import type { ValidationIssue } from '../../src/validation/validation-issue';
import { showValue, type FindingDetail } from './make-finding';
import { pointerSegment, valueAt } from './schema-view';

/** Keywords whose issue names a property: the pointer goes to that property, not to its parent object. */
const PROPERTY_PARAM: Readonly<Record<string, string>> = {
  required: 'missingProperty',
  dependentRequired: 'missingProperty',
  additionalProperties: 'additionalProperty',
  unevaluatedProperties: 'unevaluatedProperty',
};

/**
 * One schema issue as a Finding's place, expectation and observation. Ajv reports a missing or
 * extra property at its parent object; the pointer here names the property itself, so a
 * renamed field reads as two precise findings (`/items/0/name` missing, `/items/0/title` extra).
 */
export function describeIssue(issue: ValidationIssue, body: unknown): FindingDetail {
  const property = propertyOf(issue);
  const pointer = property === undefined ? issue.pointer : `${issue.pointer}/${pointerSegment(property)}`;
  const actual = issue.keyword === 'required' || issue.keyword === 'dependentRequired' ? '(absent)' : showValue(valueAt(body, pointer));
  return {
    pointer,
    expected: constraint(issue),
    actual,
    message: `${pointer || '(body)'} ${issue.message}`,
  };
}

function propertyOf(issue: ValidationIssue): string | undefined {
  const param = PROPERTY_PARAM[issue.keyword];
  const value = param === undefined ? undefined : issue.params[param];
  return typeof value === 'string' ? value : undefined;
}

/** The schema constraint, readable: `type: string`, `enum: ["a","b"]`, `required: "key"`, `minimum: 0`. */
export function constraint(issue: ValidationIssue): string {
  const params = issue.params;
  switch (issue.keyword) {
    case 'required':
    case 'dependentRequired':
      return `required: ${JSON.stringify(params.missingProperty)}`;
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return `${issue.keyword}: false (no other properties)`;
    case 'enum':
      return `enum: ${JSON.stringify(params.allowedValues)}`;
    case 'const':
      return `const: ${JSON.stringify(params.allowedValue)}`;
    case 'type':
      return `type: ${Array.isArray(params.type) ? params.type.join(' | ') : String(params.type)}`;
    case 'not':
    case 'oneOf':
    case 'anyOf':
      return `${issue.keyword}: ${issue.message}`;
    default: {
      if (params.limit !== undefined) {
        const comparison = typeof params.comparison === 'string' ? `${params.comparison} ` : '';
        return `${issue.keyword}: ${comparison}${String(params.limit)}`;
      }
      const values = Object.values(params);
      const shown = values.length === 1 ? String(values[0]) : JSON.stringify(params);
      return `${issue.keyword}: ${shown}`;
    }
  }
}
