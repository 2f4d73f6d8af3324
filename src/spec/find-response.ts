import type { Operation, ResponseSpec } from './operation';

/**
 * The response the spec documents for a status: the exact code, else its range (`4XX`),
 * else `default`, as OpenAPI orders them. Undefined means the status is undocumented.
 */
export function findResponse(op: Operation, status: number | string): ResponseSpec | undefined {
  const code = String(status);
  const range = `${code[0]}XX`;
  return (
    op.responses.find((r) => r.status === code) ??
    op.responses.find((r) => r.status.toUpperCase() === range) ??
    op.responses.find((r) => r.status === 'default')
  );
}
