import type { OpenApiDocument } from '../../src/spec/openapi-types';
import { resolveRef } from '../../src/spec/resolve-ref';
import type { Validators } from '../../src/validation/create-validators';
import { bodyMatcher, type SchemaMatcher } from './schema-matcher';

/**
 * Reading a raw spec schema against a concrete value, for the checks that need to know WHICH
 * part of a schema applies where (drift, and narrowing a failed oneOf to its best branch):
 * `$ref`s are followed inside the vendor's document, `allOf` parts all apply, and of
 * `anyOf`/`oneOf` the branches the value validates against apply (all of them when none does,
 * so a broken value is still read against everything it might have meant).
 */
export type SchemaObject = Readonly<Record<string, unknown>>;

export interface SchemaScope {
  readonly vendor: string;
  readonly doc: OpenApiDocument;
  readonly matcher: SchemaMatcher;
}

export function schemaScope(validators: Validators, vendor: string): SchemaScope {
  const spec = validators.specs.find((s) => s.vendor === vendor);
  if (!spec) throw new Error(`no spec for vendor ${vendor}`);
  return { vendor, doc: spec.doc, matcher: bodyMatcher(validators) };
}

export function isSchemaObject(value: unknown): value is SchemaObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every schema object that applies to `value` at this place, the given ones first. */
export function applicable(scope: SchemaScope, schemas: readonly unknown[], value: unknown): SchemaObject[] {
  const out: SchemaObject[] = [];
  const seen = new Set<SchemaObject>();
  const visit = (node: unknown): void => {
    if (!isSchemaObject(node) || seen.has(node)) return;
    seen.add(node);
    out.push(node);
    if (typeof node.$ref === 'string') visit(resolveRef<unknown>(scope.doc, { $ref: node.$ref }));
    for (const part of asArray(node.allOf)) visit(part);
    for (const branches of [asArray(node.anyOf), asArray(node.oneOf)]) {
      if (branches.length === 0) continue;
      const passing = branches.filter((b) => isSchemaObject(b) && scope.matcher.matches(scope.vendor, b, value));
      for (const branch of passing.length > 0 ? passing : branches) visit(branch);
    }
  };
  for (const schema of schemas) visit(schema);
  return out;
}

/** Only `$ref` and `allOf` followed: the nodes that hold the keywords of this very place, combinators unexpanded. */
export function ownNodes(scope: SchemaScope, schemas: readonly unknown[]): SchemaObject[] {
  const out: SchemaObject[] = [];
  const visit = (node: unknown): void => {
    if (!isSchemaObject(node) || out.includes(node)) return;
    out.push(node);
    if (typeof node.$ref === 'string') visit(resolveRef<unknown>(scope.doc, { $ref: node.$ref }));
    for (const part of asArray(node.allOf)) visit(part);
  };
  for (const schema of schemas) visit(schema);
  return out;
}

export interface PropertyView {
  /** A `properties` or `patternProperties` entry names it. */
  readonly declared: boolean;
  /** The schemas its value must meet (properties, patternProperties, or a map's `additionalProperties` schema). */
  readonly schemas: readonly unknown[];
}

export function propertyView(nodes: readonly SchemaObject[], name: string): PropertyView {
  const schemas: unknown[] = [];
  for (const node of nodes) {
    const properties = node.properties;
    if (isSchemaObject(properties) && Object.hasOwn(properties, name)) schemas.push(properties[name]);
    if (isSchemaObject(node.patternProperties)) {
      for (const [pattern, schema] of Object.entries(node.patternProperties)) {
        if (new RegExp(pattern, 'u').test(name)) schemas.push(schema);
      }
    }
  }
  const declared = schemas.length > 0;
  if (!declared) {
    for (const node of nodes) if (isSchemaObject(node.additionalProperties)) schemas.push(node.additionalProperties);
  }
  return { declared, schemas };
}

export function itemSchemas(nodes: readonly SchemaObject[], index: number): unknown[] {
  const schemas: unknown[] = [];
  for (const node of nodes) {
    const prefix = asArray(node.prefixItems);
    if (index < prefix.length) schemas.push(prefix[index]);
    else if (node.items !== undefined && node.items !== false) schemas.push(node.items);
  }
  return schemas;
}

/**
 * Whether the schemas describe a struct whose member names they declare: some node lists
 * `properties` or `patternProperties`, or is closed (`additionalProperties: false`). A bare
 * `type: object` (a free-form map such as a Java `Map<String, Object>`, or a map whose values
 * have an `additionalProperties` schema) declares no names: its keys are data, not fields the
 * spec failed to know.
 */
export function declaresMembers(nodes: readonly SchemaObject[]): boolean {
  return nodes.some((n) => isSchemaObject(n.properties) || isSchemaObject(n.patternProperties) || n.additionalProperties === false);
}

export function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** RFC 6901 escaping of one pointer segment. */
export function pointerSegment(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The value at a JSON pointer; undefined when the path does not exist. */
export function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const key of parsePointer(pointer)) {
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isSchemaObject(node)) node = node[key];
    else return undefined;
  }
  return node;
}
