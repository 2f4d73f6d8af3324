import type { Operation } from './operation';

export interface ExampleRequest {
  readonly method: string;
  /** Path with the query string, ready to append to a base URL. */
  readonly url: string;
}

/**
 * The request that illustrates an operation: decisions.md's default request where the spec
 * records one (`x-taskmock-default-request`), else the path filled with the parameters'
 * examples plus every required query parameter's example.
 */
export function exampleRequest(op: Operation): ExampleRequest {
  const method = op.method.toUpperCase();
  if (op.defaultRequest) return { method, url: op.defaultRequest };
  let path = op.path;
  const query = new URLSearchParams();
  for (const param of op.parameters) {
    const example = param.example;
    if (param.in === 'path') {
      if (example === undefined) throw new Error(`${op.operationId}: path parameter ${param.name} has no example`);
      path = path.replace(`{${param.name}}`, encodeURIComponent(String(example)));
    } else if (param.in === 'query' && param.required) {
      if (example === undefined) throw new Error(`${op.operationId}: required ${param.name} has no example`);
      for (const value of Array.isArray(example) ? example : [example]) query.append(param.name, String(value));
    }
  }
  const search = query.toString();
  return { method, url: search ? `${path}?${search}` : path };
}
