import { createValidators } from '../../src/validation/create-validators';
import { contextFor, docExample, makeExchange, specExample, where } from '../checks/test-support/exchanges';
import { unknownEnum } from './unknown-enum';

const validators = createValidators();
const run = (operationId: string, body: unknown, status = 200, headers?: Record<string, string>) =>
  unknownEnum.run(makeExchange(validators, { operationId, status, body, headers }), contextFor(validators, operationId));
type Obj = Record<string, unknown>;
const drift = (pointer: string) => ({ check: 'unknown-enum', severity: 'drift', pointer });

describe('unknown-enum (drift)', () => {
  it('accepts the enumerated values of genuine bodies', () => {
    expect(run('listAstraTasks', docExample('astra', 'listAstraTasks.200.seed.json'))).toEqual([]);
    expect(run('listOpLogs', docExample('cbr', 'listOpLogs.200.seed.json'))).toEqual([]);
    expect(run('listRootTasks', docExample('vsphere', 'listRootTasks.200.seed.json'))).toEqual([]);
  });

  it('reports a task state the vendor added (Astra), with the known values as expected', () => {
    const body = docExample('astra', 'listAstraTasks.200.seed.json') as { items: Obj[] };
    (body.items[0] as Obj).state = 'hibernating';
    const found = run('listAstraTasks', body);
    expect(where(found)).toEqual([drift('/items/0/state')]);
    expect(found[0]?.actual).toBe('"hibernating"');
    expect(found[0]?.expected).toContain('"notStarted"');
  });

  it('reports values in every place an enum is reached: CBR status and operation_type', () => {
    const body = docExample('cbr', 'listOpLogs.200.seed.json') as { operation_logs: Obj[] };
    const log = body.operation_logs[0] as Obj;
    log.status = 'suspended';
    log.operation_type = 'archive';
    const pointers = where(run('listOpLogs', body)).map((f) => `${f.check} ${f.severity} ${f.pointer}`);
    expect(pointers.sort()).toEqual(['unknown-enum drift /operation_logs/0/operation_type', 'unknown-enum drift /operation_logs/0/status']);
  });

  it('reads `const` as a one-value enum (an Astra 404 problem with another title)', () => {
    const body = specExample(validators, 'listAstraTasks', '404', 'unknownAccount', 'application/problem+json') as Obj;
    body.title = 'Account not found';
    expect(where(run('listAstraTasks', body, 404, { 'content-type': 'application/problem+json' }))).toEqual([drift('/title')]);
  });

  it('looks through the branch that fits: the wrapper and the inner vSphere TaskInfo state', () => {
    const body = docExample('vsphere', 'listRootRecentTasks.200.seed.json') as { data: { status: string; task: Obj }[] };
    const task = body.data[0] as { status: string; task: Obj };
    task.status = 'blocked';
    task.task.State = 'blocked';
    expect(where(run('listRootRecentTasks', body))).toEqual([drift('/data/0/status'), drift('/data/0/task/State')]);
  });

  it('leaves non-string values to body-schema (scode is an integer const)', () => {
    const body = docExample('vsphere', 'listRootTasks.200.seed.json') as Obj;
    body.scode = 7;
    expect(run('listRootTasks', body)).toEqual([]);
  });
});

