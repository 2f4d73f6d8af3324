import type { JsonSchema } from '../spec/openapi-types';

const COMPONENT_PREFIX = '#/components/schemas/';

/** Keys whose values are data, not schemas: never rewritten. */
const DATA_KEYS = new Set(['example', 'examples', 'const', 'enum', 'default']);

/** The `$id` under which a vendor's component schemas are registered with Ajv. */
export function vendorSchemaId(vendor: string): string {
  return `https://taskmock.invalid/specs/${vendor}.json`;
}

/**
 * Copies a schema, pointing `#/components/schemas/X` at `<vendor id>#/$defs/X`. Ajv resolves
 * `#/...` against the schema being compiled, not the OpenAPI document, so each vendor's
 * components are registered once under their own id and every reference names it: each
 * component compiles once and five vendors' `Task` schemas cannot collide.
 */
export function rewriteRefs(schema: JsonSchema, vendor: string): JsonSchema {
  return rewrite(schema, vendorSchemaId(vendor)) as JsonSchema;
}

function rewrite(node: unknown, baseId: string): unknown {
  if (Array.isArray(node)) return node.map((item) => rewrite(item, baseId));
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith(COMPONENT_PREFIX)) {
      out[key] = `${baseId}#/$defs/${value.slice(COMPONENT_PREFIX.length)}`;
    } else {
      out[key] = DATA_KEYS.has(key) ? value : rewrite(value, baseId);
    }
  }
  return out;
}
