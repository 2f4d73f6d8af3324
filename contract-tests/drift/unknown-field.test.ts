import { createValidators } from '../../src/validation/create-validators';
import { bodySchema } from '../checks/body-schema';
import { contextFor, docExample, makeExchange, specExample, where } from '../checks/test-support/exchanges';
import { unknownField } from './unknown-field';

const validators = createValidators();
const run = (operationId: string, body: unknown, status = 200, headers?: Record<string, string>) => {
  const exchange = makeExchange(validators, { operationId, status, body, headers });
  const ctx = contextFor(validators, operationId);
  return { drift: unknownField.run(exchange, ctx), failures: bodySchema.run(exchange, ctx) };
};
type Obj = Record<string, unknown>;
const drift = (pointer: string) => ({ check: 'unknown-field', severity: 'drift', pointer });

describe('unknown-field (drift)', () => {
  it('reports an undeclared field of an open schema as drift, not failure (CBR adds fields over time)', () => {
    const body = docExample('cbr', 'listOpLogs.200.seed.json') as { operation_logs: Obj[] };
    (body.operation_logs[0] as Obj).retention_days = 7;
    const { drift: found, failures } = run('listOpLogs', body);
    expect(where(found)).toEqual([drift('/operation_logs/0/retention_days')]);
    expect(found[0]?.actual).toBe('7');
    expect(found[0]?.expected).toContain('operation_type');
    expect(failures).toEqual([]);
  });

  it('reports the new name of a renamed field (the old one is a body-schema failure)', () => {
    const body = docExample('vsphere', 'listRootTasks.200.seed.json') as { data: { list: Obj[] } };
    const task = body.data.list[0] as Obj;
    task.taskKey = task.key;
    delete task.key;
    expect(where(run('listRootTasks', body).drift)).toEqual([drift('/data/list/0/taskKey')]);
  });

  it('reads oneOf/anyOf through the branch that fits, else all branches: a new key in a vSphere TaskReason', () => {
    const body = docExample('vsphere', 'listRootTasks.200.seed.json') as { data: { list: { task: { Reason: Obj } }[] } };
    const reason = body.data.list[0]?.task.Reason as Obj;
    reason.SessionKey = 'abc';
    reason.Extra = { nested: { deeper: 1 } };
    // Reported where the unknown starts; nothing below an unknown field is reported again.
    expect(where(run('listRootTasks', body).drift)).toEqual([drift('/data/list/0/task/Reason/SessionKey'), drift('/data/list/0/task/Reason/Extra')]);
  });

  it("counts undeclared names of an open struct (Astra problem details are additionalProperties: true), declared parts of allOf included", () => {
    const body = specExample(validators, 'listAstraTasks', '400', 'badLimit', 'application/problem+json') as Obj;
    body.traceID = '123';
    const { drift: found } = run('listAstraTasks', body, 400, { 'content-type': 'application/problem+json' });
    expect(where(found)).toEqual([drift('/traceID')]);
  });

  it('reports an extra field of a closed schema as drift beside the body-schema failure', () => {
    const body = docExample('astra', 'listAstraTasks.200.seed.json') as { items: Obj[] };
    (body.items[1] as Obj).priority = 'high';
    const { drift: found, failures } = run('listAstraTasks', body);
    expect(where(found)).toEqual([drift('/items/1/priority')]);
    expect(where(failures)).toEqual([{ check: 'body-schema', severity: 'failure', pointer: '/items/1/priority' }]);
  });

  it('does not count the keys of maps: free-form (Velostrata additionalInfo) or with a value schema (vAPI params)', () => {
    const velostrata = docExample('velostrata', 'getActiveTasks.200.seed.json') as { content: Obj[] };
    (velostrata.content[0] as Obj).additionalInfo = { SomeFutureCounter: 3, MigrationTotalByteCount: 10 };
    expect(run('getActiveTasks', velostrata).drift).toEqual([]);
    const snap = specExample(validators, 'listSnapserviceTasks', '200', 'failedProtectionGroupTasks');
    expect(JSON.stringify(snap)).toContain('"params"');
    expect(run('listSnapserviceTasks', snap).drift).toEqual([]);
  });

  it('says nothing when there is nothing to compare (undocumented status, body not JSON)', () => {
    expect(run('listAstraTasks', { anything: 1 }, 418).drift).toEqual([]);
    const exchange = makeExchange(validators, { operationId: 'listOpLogs', status: 200, text: '<html/>' });
    expect(unknownField.run(exchange, contextFor(validators, 'listOpLogs'))).toEqual([]);
  });
});
