import { resolveRef } from '../../src/spec/resolve-ref';
import { NOT_EXPECTED } from '../../src/validation/create-ajv';
import { asArray, isSchemaObject, pointerSegment, type SchemaObject, type SchemaScope } from '../checks/schema-view';

/** Array items and map values: one segment that matches any index or key. */
export const ANY = '*';

/** The member names a schema documents, as a tree: `/items/*\/status` is items → * → status. */
export interface DocumentedTree {
  readonly children: ReadonlyMap<string, DocumentedTree>;
}

/**
 * Lists every property a schema documents, without a value to choose branches by: `$ref`
 * followed, every `allOf`/`anyOf`/`oneOf` branch included, `items`/`prefixItems` and map
 * (`additionalProperties` schema) values as `*`. A reference already being expanded on the
 * current path is not expanded again, so recursive schemas (a fault whose cause is a fault)
 * give a finite tree. Left out, with everything inside them: a member whose schema says
 * `deprecated: true` (JSON Schema 2020-12's annotation: a server may stop sending it), and one
 * whose schema carries `x-taskmock-not-expected` with the reason a genuine server may never send
 * it (the vendor declares it but no genuine body fills it, or only on request).
 */
export function documentedTree(scope: SchemaScope, schemas: readonly unknown[], refsOnPath: ReadonlySet<string> = new Set()): DocumentedTree {
  const members = new Map<string, unknown[]>();
  const add = (segment: string, schema: unknown): void => {
    if (schema === undefined || schema === false || (isSchemaObject(schema) && isNotExpected(schema))) return;
    members.set(segment, [...(members.get(segment) ?? []), schema]);
  };
  const refs = new Set(refsOnPath);
  for (const node of expandAll(scope, schemas, refs)) {
    if (isSchemaObject(node.properties)) for (const [name, schema] of Object.entries(node.properties)) add(pointerSegment(name), schema);
    if (isSchemaObject(node.patternProperties)) for (const schema of Object.values(node.patternProperties)) add(ANY, schema);
    if (isSchemaObject(node.additionalProperties)) add(ANY, node.additionalProperties);
    if (node.items !== undefined) add(ANY, node.items);
    for (const schema of asArray(node.prefixItems)) add(ANY, schema);
  }
  const children = new Map<string, DocumentedTree>();
  for (const [segment, memberSchemas] of members) children.set(segment, documentedTree(scope, memberSchemas, refs));
  return { children };
}

function expandAll(scope: SchemaScope, schemas: readonly unknown[], refs: Set<string>): SchemaObject[] {
  const out: SchemaObject[] = [];
  const visit = (node: unknown): void => {
    if (!isSchemaObject(node) || out.includes(node)) return;
    out.push(node);
    if (typeof node.$ref === 'string' && !refs.has(node.$ref)) {
      refs.add(node.$ref);
      visit(resolveRef<unknown>(scope.doc, { $ref: node.$ref }));
    }
    for (const key of ['allOf', 'anyOf', 'oneOf']) for (const part of asArray(node[key])) visit(part);
  };
  for (const schema of schemas) visit(schema);
  return out;
}

function isNotExpected(schema: SchemaObject): boolean {
  return schema.deprecated === true || (typeof schema[NOT_EXPECTED] === 'string' && schema[NOT_EXPECTED] !== '');
}
