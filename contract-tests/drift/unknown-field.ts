import type { Finding, ResponseCheck } from '../contract-types';
import { makeFinding, showValue, truncate } from '../checks/make-finding';
import { isSchemaObject, type SchemaObject } from '../checks/schema-view';
import { walkDrift } from './drift-target';

const NAME = 'unknown-field';

/**
 * Drift: a member the vendor sent that the matching schema does not declare. Open structs
 * (`additionalProperties` true or absent) count too: the body is valid, but the spec does not
 * KNOW the field, and that is what a reader of the drift report wants to learn.
 */
export const unknownField: ResponseCheck = {
  name: NAME,
  run(exchange, ctx) {
    const findings: Finding[] = [];
    walkDrift(exchange, ctx, {
      undeclared(pointer, value, nodes) {
        const known = declaredNames(nodes);
        findings.push(
          makeFinding(exchange, ctx, NAME, 'drift', {
            pointer,
            expected: truncate(`one of the declared properties: ${known.join(', ') || '(none)'}`),
            actual: showValue(value),
            message: `field ${pointer} is not declared by the spec`,
          }),
        );
      },
    });
    return findings;
  },
};

function declaredNames(nodes: readonly SchemaObject[]): string[] {
  const names = new Set<string>();
  for (const node of nodes) if (isSchemaObject(node.properties)) for (const name of Object.keys(node.properties)) names.add(name);
  return [...names];
}
