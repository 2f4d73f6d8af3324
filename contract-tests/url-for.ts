import type { Credentials } from './contract-types';
import type { Operation } from '../src/spec/operation';

/** A request URL as the probes edit it: the expanded path and the query as ordered pairs (repeated keys kept). */
export interface UrlParts {
  readonly path: string;
  readonly query: readonly (readonly [string, string])[];
}

/** A path or required query parameter with no configured value and no example: the request cannot be built. */
export class MissingParameterValue extends Error {
  constructor(
    readonly operationId: string,
    readonly parameter: string,
  ) {
    super(`${operationId}: no value for the required parameter ${parameter} (configure one, or give it an example in the spec)`);
    this.name = 'MissingParameterValue';
  }
}

/** `/path?a=1&b=2`, every name and value percent-encoded (a space as %20, never `+`). */
export function urlFor(parts: UrlParts): string {
  if (parts.query.length === 0) return parts.path;
  return `${parts.path}?${parts.query.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join('&')}`;
}

/** The parts with every `name` pair replaced by one pair per value (none: removed), at the first one's place. */
export function withQuery(parts: UrlParts, name: string, values: readonly string[]): UrlParts {
  const at = parts.query.findIndex(([key]) => key === name);
  const rest = parts.query.filter(([key]) => key !== name);
  const added = values.map((value) => [name, value] as const);
  const index = at === -1 ? rest.length : at;
  return { path: parts.path, query: [...rest.slice(0, index), ...added, ...rest.slice(index)] };
}

export function withoutQuery(parts: UrlParts, names: readonly string[]): UrlParts {
  return { path: parts.path, query: parts.query.filter(([key]) => !names.includes(key)) };
}

export function queryValues(parts: UrlParts, name: string): string[] {
  return parts.query.filter(([key]) => key === name).map(([, value]) => value);
}

/** Pairs of a query string (`count=true`), appended where the name is not there yet. */
export function withQueryString(parts: UrlParts, query: string): UrlParts {
  let out = parts;
  for (const [name, value] of new URLSearchParams(query)) {
    if (queryValues(out, name).length === 0) out = { path: out.path, query: [...out.query, [name, value]] };
  }
  return out;
}

/** The path template with `{name}` replaced by `values(name)`. */
export function expandPath(op: Operation, values: (name: string) => string | undefined): string {
  return op.path.replace(/\{([^}]+)\}/g, (_match, name: string) => {
    const value = values(name);
    if (value === undefined) throw new MissingParameterValue(op.operationId, name);
    return encodeURIComponent(value);
  });
}

/**
 * The operation's default request as parts: `x-taskmock-default-request` with the tenant
 * values (path and required query parameters) the credentials configure, or, for an operation
 * without one, the path and its required query parameters from configured values or examples.
 */
export function defaultParts(op: Operation, credentials: Credentials): UrlParts {
  const required = new Set(op.parameters.filter((p) => p.in === 'query' && p.required).map((p) => p.name));
  const configured = (name: string): string | undefined => credentials.parameterValue(op, name);
  if (op.defaultRequest !== undefined) {
    const [path = '', search = ''] = op.defaultRequest.split('?', 2);
    const written = pathValues(op, path);
    const query = [...new URLSearchParams(search)].map(([name, value]) => [name, required.has(name) ? (configured(name) ?? value) : value] as const);
    return { path: expandPath(op, (name) => configured(name) ?? written.get(name)), query };
  }
  const query: (readonly [string, string])[] = [];
  for (const param of op.parameters) {
    if (param.in !== 'query' || !param.required) continue;
    const value = configured(param.name) ?? exampleText(param.example);
    if (value === undefined) throw new MissingParameterValue(op.operationId, param.name);
    query.push([param.name, value]);
  }
  return { path: expandPath(op, (name) => configured(name) ?? exampleText(op.parameters.find((p) => p.in === 'path' && p.name === name)?.example)), query };
}

/** Path parameter values written in a concrete path of the template (`/v3/abc/operation-logs` → project_id=abc). */
function pathValues(op: Operation, path: string): Map<string, string> {
  const names: string[] = [];
  const source = op.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{([^}]+)\\?\}/g, (_m, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  const match = new RegExp(`^${source}$`).exec(path);
  const values = new Map<string, string>();
  names.forEach((name, i) => {
    const raw = match?.[i + 1];
    if (raw !== undefined) values.set(name, decodeURIComponent(raw));
  });
  return values;
}

function exampleText(example: unknown): string | undefined {
  const first = Array.isArray(example) ? example[0] : example;
  return first === undefined || first === null ? undefined : String(first);
}
