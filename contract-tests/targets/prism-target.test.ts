import path from 'node:path';
import { packageRoot } from '../../src/package-root';
import { prismTarget, type PrismTarget } from './prism-target';

/** Starts the pinned `prism mock` once (slow on two cores) and talks to it through the target. */
let target: PrismTarget;
beforeAll(async () => {
  target = await prismTarget(path.join(packageRoot(), 'specs', 'astra.yaml'), { budget: 2 });
}, 90_000);
afterAll(() => target?.stop());

describe('prismTarget', () => {
  it('is a stateless, non-taskmock url target named after the spec', () => {
    expect(target).toMatchObject({ name: 'prism (astra)', stateful: false, isTaskmock: false });
  });

  it('answers from the spec, and keeps the budget it was given', async () => {
    const path = '/accounts/fdaa655c-15ab-4d34-aa61-1e9098e67be0/core/v1/tasks?limit=20';
    const res = await target.send({ method: 'GET', path, headers: { authorization: 'Bearer x', accept: 'application/json' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ items: expect.any(Array) });
    await target.send({ method: 'GET', path, headers: {} });
    await expect(target.send({ method: 'GET', path, headers: {} })).rejects.toMatchObject({ kind: 'budget-exceeded' });
  });
});
