import type { Finding, ResponseCheck } from '../contract-types';
import { makeFinding, showValue, truncate } from '../checks/make-finding';
import { isSchemaObject, schemaScope, type SchemaObject } from '../checks/schema-view';
import { driftSchema } from './drift-target';
import { walkBody } from './walk-body';

const NAME = 'unknown-field';

/**
 * Drift: a member the vendor sent that the matching schema does not declare. Open structs
 * (`additionalProperties` true or absent) count too: the body is valid, but the spec does not
 * KNOW the field, and that is what a reader of the drift report wants to learn.
 */
export const unknownField: ResponseCheck = {
  name: NAME,
  run(exchange, ctx) {
    const schema = driftSchema(exchange, ctx);
    if (schema === undefined) return [];
    const findings: Finding[] = [];
    walkBody(schemaScope(ctx.validators, ctx.vendor), schema, exchange.response.body, {
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
