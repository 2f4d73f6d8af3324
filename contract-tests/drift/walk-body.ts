import {
  applicable,
  declaresMembers,
  isSchemaObject,
  itemSchemas,
  pointerSegment,
  propertyView,
  type SchemaObject,
  type SchemaScope,
} from '../checks/schema-view';

export interface BodyVisitor {
  /** Every value the schema reaches, with the schema objects that apply there. */
  value?(pointer: string, value: unknown, nodes: readonly SchemaObject[]): void;
  /** A member of a struct the schema declares no name (nor map schema) for; the walk does not go below it. */
  undeclared?(pointer: string, value: unknown, nodes: readonly SchemaObject[]): void;
}

/**
 * Walks a body alongside its raw spec schema (see schema-view: `$ref` followed, `allOf` all
 * parts, `anyOf`/`oneOf` the branch the value validates against, else all of them), down
 * `properties`, `patternProperties`, `additionalProperties` schemas, `items` and
 * `prefixItems`. Where the schema says nothing (a free-form value) the walk stops.
 */
export function walkBody(scope: SchemaScope, schema: unknown, body: unknown, visitor: BodyVisitor): void {
  const walk = (schemas: readonly unknown[], value: unknown, pointer: string): void => {
    if (schemas.length === 0) return;
    const nodes = applicable(scope, schemas, value);
    visitor.value?.(pointer, value, nodes);
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(itemSchemas(nodes, index), item, `${pointer}/${index}`));
    } else if (isSchemaObject(value)) {
      const struct = declaresMembers(nodes);
      for (const [key, member] of Object.entries(value)) {
        const view = propertyView(nodes, key);
        const where = `${pointer}/${pointerSegment(key)}`;
        if (!view.declared && view.schemas.length === 0 && struct) visitor.undeclared?.(where, member, nodes);
        else walk(view.schemas, member, where);
      }
    }
  };
  walk([schema], body, '');
}
