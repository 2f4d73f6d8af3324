import type { OpenApiDocument, Reference } from './openapi-types';

export function isReference(value: unknown): value is Reference {
  return typeof value === 'object' && value !== null && typeof (value as Reference).$ref === 'string';
}

/**
 * Follows a local `$ref` (`#/components/responses/X`, parameters, examples, headers...) to the
 * object it names, through chains of references. Schema references are left to Ajv, which
 * resolves them itself; this is for the OpenAPI objects around the schemas.
 */
export function resolveRef<T>(doc: OpenApiDocument, value: T | Reference): T {
  let current: unknown = value;
  for (let hops = 0; isReference(current); hops += 1) {
    if (hops > 20) throw new Error(`reference cycle at ${current.$ref}`);
    current = pointerGet(doc, current.$ref);
  }
  return current as T;
}

function pointerGet(doc: OpenApiDocument, ref: string): unknown {
  if (!ref.startsWith('#/')) throw new Error(`only local references are supported: ${ref}`);
  let node: unknown = doc;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof node !== 'object' || node === null || !(key in node)) {
      throw new Error(`unresolvable reference ${ref}`);
    }
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
