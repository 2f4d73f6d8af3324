import type { Express } from 'express';
import request from 'supertest';
import { AdminClient } from '../admin-client/admin-client';
import type { Validators } from '../validation/create-validators';
import { assertMatchesSpec } from './checked-client';

/** The typed admin client over an in-process app, every answer checked against specs/admin/admin.yaml. */
export function checkedAdmin(app: Express, validators: Validators): AdminClient {
  return new AdminClient(async ({ operationId, method, path, body }) => {
    const call = request(app)[method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](path);
    const res = await (body === undefined ? call : call.send(body as object));
    const checked = { status: res.status, headers: res.headers as Record<string, string>, body: res.text === '' ? undefined : (JSON.parse(res.text) as unknown), text: res.text };
    assertMatchesSpec(validators, operationId, checked);
    return { status: res.status, body: checked.body };
  });
}
