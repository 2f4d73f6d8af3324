/** Characters path-to-regexp 8 (Express 5) reserves in a literal path segment. */
const RESERVED = /[{}()[\]+?!:*\\]/g;

/**
 * Converts an OpenAPI path template to an Express 5 route path:
 * `/accounts/{account_id}/core/v1/tasks` → `/accounts/:account_id/core/v1/tasks`.
 * Literal text is escaped, so a vendor path holding `:` or `(` matches itself only.
 */
export function toExpressPath(template: string): string {
  let out = '';
  let last = 0;
  for (const match of template.matchAll(/\{([^{}]+)\}/g)) {
    const name = match[1] ?? '';
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new Error(`path parameter {${name}} in ${template} is not a valid name`);
    out += escapeLiteral(template.slice(last, match.index)) + `:${name}`;
    last = (match.index ?? 0) + match[0].length;
  }
  return out + escapeLiteral(template.slice(last));
}

function escapeLiteral(text: string): string {
  return text.replace(RESERVED, (char) => `\\${char}`);
}
