import type { Finding, ResponseCheck } from '../contract-types';
import { makeFinding, truncate } from '../checks/make-finding';
import type { SchemaObject } from '../checks/schema-view';
import { walkDrift } from './drift-target';

const NAME = 'unknown-enum';

/**
 * Drift: a string where the schema enumerates the values (`enum` or `const`) and none lists
 * it: "the vendor added a value". A strict spec also fails the body-schema check there; this
 * names the same place as drift so the report says what kind of change it is.
 */
export const unknownEnum: ResponseCheck = {
  name: NAME,
  run(exchange, ctx) {
    const findings: Finding[] = [];
    walkDrift(exchange, ctx, {
      value(pointer, value, nodes) {
        if (typeof value !== 'string') return;
        const allowed = enumerated(nodes);
        if (allowed === undefined || allowed.includes(value)) return;
        findings.push(
          makeFinding(exchange, ctx, NAME, 'drift', {
            pointer,
            expected: truncate(`enum: ${JSON.stringify(allowed)}`),
            actual: JSON.stringify(value),
            message: `${pointer} is ${JSON.stringify(value)}, a value the spec does not list`,
          }),
        );
      },
    });
    return findings;
  },
};

/** Every value the applicable schemas enumerate; undefined when none enumerates. */
function enumerated(nodes: readonly SchemaObject[]): unknown[] | undefined {
  let allowed: unknown[] | undefined;
  for (const node of nodes) {
    if (Array.isArray(node.enum)) allowed = [...(allowed ?? []), ...(node.enum as unknown[])];
    if (Object.hasOwn(node, 'const')) allowed = [...(allowed ?? []), node.const];
  }
  return allowed;
}
