/**
 * RFC 6901 JSON pointers, as the `x-taskmock-*` extensions write them (`/data/list`,
 * `/id/value`; `''` is the whole value). Reading never throws: a pointer that leads nowhere
 * gives undefined, which the probes report as "absent".
 */
export function readPointer(value: unknown, pointer: string): unknown {
  if (pointer === '') return value;
  let node: unknown = value;
  for (const token of pointer.slice(1).split('/')) {
    const key = token.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      if (!/^(0|[1-9][0-9]*)$/.test(key)) return undefined;
      node = node[Number(key)];
    } else if (typeof node === 'object' && node !== null && Object.prototype.hasOwnProperty.call(node, key)) {
      node = (node as Record<string, unknown>)[key];
    } else {
      return undefined;
    }
  }
  return node;
}

/** True for `''` and `/a/b`: the only forms a spec extension may use. */
export function isPointer(value: unknown): value is string {
  return typeof value === 'string' && (value === '' || value.startsWith('/'));
}

/** `/items` + 3 + `/id` → `/items/3/id`. */
export function joinPointer(base: string, index: number, inner = ''): string {
  return `${base}/${index}${inner}`;
}
