import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createValidators } from '../validation/create-validators';
import { exampleRequest } from './example-request';
import { placeholderCredentials } from './test-support/placeholder-credentials';
import { startPrism, type PrismServer } from '../prism/start-prism';

/**
 * Proves the specs work in the tool users already know: `prism mock` (5.14.2, the last
 * release for Node 20) serves each spec, answers each operation's example request with
 * credentials, and what it returns is valid against our own compiled validators.
 */
const validators = createValidators();
const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'taskmock-prism-'));

describe.each(validators.specs.map((s) => [s.vendor, s.file] as const))('prism mock specs/%s.yaml', (vendor, file) => {
  let prism: PrismServer;
  beforeAll(async () => {
    prism = await startPrism(file, logDir);
  }, 90_000);
  afterAll(async () => {
    await prism?.stop();
  });

  const ops = [...validators.operations.values()].filter((op) => op.vendor === vendor);
  it.each(ops.map((op) => [op.operationId, op] as const))('answers %s with a valid success body', async (_id, op) => {
    const request = exampleRequest(op);
    const response = await fetch(`${prism.baseUrl}${request.url}`, {
      method: request.method,
      headers: { accept: 'application/json', ...placeholderCredentials(op) },
    });
    const text = await response.text();
    expect({ ok: response.ok, text }).toEqual({ ok: true, text: expect.any(String) });
    // A success documented without a body (Velostrata's cancel: 202, 204) has nothing to validate.
    if (text === '') return expect(op.responses.find((r) => r.status === String(response.status))?.content).toEqual({});
    const validate = validators.response(op.operationId, response.status, response.headers.get('content-type') ?? undefined);
    expect(validate).toBeDefined();
    expect(validate?.(JSON.parse(text))).toEqual([]);
  });
});
