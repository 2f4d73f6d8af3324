import type { Express } from 'express';
import request from 'supertest';
import { baseMediaType, type Validators } from '../validation/create-validators';

export interface CheckedResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly text: string;
}

/**
 * A supertest client for tests that checks EVERY response against the spec with the shared
 * compiled validators before handing it back: the status must be documented for the
 * operation, headers the spec marks required must be present, the Content-Type must be one
 * the spec lists, and the body must validate. A mock response that breaks its own spec
 * fails the test that received it.
 */
export function checkedClient(app: Express, validators: Validators) {
  const send = async (
    method: 'get' | 'post' | 'delete' | 'put' | 'patch',
    operationId: string,
    url: string,
    headers: Readonly<Record<string, string>> = {},
    body?: unknown,
  ): Promise<CheckedResponse> => {
    let call = request(app)[method](url);
    for (const [name, value] of Object.entries(headers)) call = call.set(name, value);
    const res = await (body === undefined ? call : call.send(body as object));
    const checked = { status: res.status, headers: res.headers as Record<string, string>, body: parseBody(res.text), text: res.text };
    assertMatchesSpec(validators, operationId, checked);
    return checked;
  };
  return {
    get: (operationId: string, url: string, headers?: Readonly<Record<string, string>>) => send('get', operationId, url, headers),
    post: (operationId: string, url: string, headers?: Readonly<Record<string, string>>, body?: unknown) => send('post', operationId, url, headers, body),
    delete: (operationId: string, url: string, headers?: Readonly<Record<string, string>>) => send('delete', operationId, url, headers),
    /** Any method, for the operations the shorthands do not cover. */
    send,
  };
}

export function assertMatchesSpec(validators: Validators, operationId: string, res: CheckedResponse): void {
  const op = validators.operation(operationId);
  const documented = op.responses.find((r) => r.status === String(res.status)) ?? op.responses.find((r) => r.status === 'default');
  const where = `${operationId} answered ${res.status}`;
  if (!documented) throw new Error(`${where}, a status the spec does not document: ${res.text.slice(0, 300)}`);
  for (const [name, header] of Object.entries(documented.headers)) {
    if (header.required && res.headers[name.toLowerCase()] === undefined) throw new Error(`${where} without required header ${name}`);
  }
  const types = Object.keys(documented.content);
  if (types.length === 0) return;
  const contentType = baseMediaType(res.headers['content-type'] ?? '');
  if (!types.some((t) => baseMediaType(t) === contentType)) {
    throw new Error(`${where} with Content-Type '${contentType}', not one of ${types.join(', ')}`);
  }
  const issues = validators.response(operationId, res.status, contentType)?.(res.body) ?? [];
  if (issues.length > 0) {
    const list = issues.slice(0, 5).map((i) => `${i.pointer || '/'} ${i.message}`).join('; ');
    throw new Error(`${where} with a body that breaks the spec: ${list}\n${res.text.slice(0, 500)}`);
  }
}

function parseBody(text: string): unknown {
  try {
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    return text;
  }
}
