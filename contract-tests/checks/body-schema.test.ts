import { createValidators } from '../../src/validation/create-validators';
import { bodySchema } from './body-schema';
import { contextFor, docExample, makeExchange, specExample, where } from './test-support/exchanges';

const validators = createValidators();

interface Case {
  operationId: string;
  status?: number;
  body?: unknown;
  text?: string;
  headers?: Record<string, string>;
}
const run = ({ operationId, status = 200, body, text, headers }: Case) =>
  bodySchema.run(makeExchange(validators, { operationId, status, body, text, headers }), contextFor(validators, operationId));

type Json = Record<string, unknown> & { items: Record<string, unknown>[] };
const astraList = (): Json => docExample('astra', 'listAstraTasks.200.seed.json') as Json;
const vsphereList = () => docExample('vsphere', 'listRootTasks.200.seed.json') as { data: { list: Record<string, unknown>[] } } & Record<string, unknown>;
const cbrList = () => docExample('cbr', 'listOpLogs.200.seed.json') as { count: unknown; operation_logs: Record<string, unknown>[] };

describe('body-schema', () => {
  it.each([
    ['listAstraTasks', 'astra', 'listAstraTasks.200.seed.json'],
    ['listOpLogs', 'cbr', 'listOpLogs.200.seed.json'],
    ['getActiveTasks', 'velostrata', 'getActiveTasks.200.seed.json'],
    ['listRootTasks', 'vsphere', 'listRootTasks.200.seed.json'],
    ['listRootRecentTasks', 'vsphere', 'listRootRecentTasks.200.seed.json'],
    ['listResourceTasks', 'vsphere', 'listResourceTasks.200.seed.json'],
  ])('accepts the genuine %s body of the source document (%s)', (operationId, vendor, file) => {
    expect(run({ operationId, body: docExample(vendor, file) })).toEqual([]);
  });

  it('reports a renamed required field of a closed schema as two precise findings, without the error branch of the oneOf', () => {
    const body = vsphereList();
    const task = body.data.list[0] as Record<string, unknown>;
    task.taskKey = task.key;
    delete task.key;
    const findings = run({ operationId: 'listRootTasks', body });
    expect(where(findings)).toEqual([
      { check: 'body-schema', severity: 'failure', pointer: '/data/list/0/key' },
      { check: 'body-schema', severity: 'failure', pointer: '/data/list/0/taskKey' },
    ]);
    expect(findings[0]).toEqual(expect.objectContaining({ expected: 'required: "key"', actual: '(absent)' }));
    expect(findings[1]).toEqual(expect.objectContaining({ expected: 'additionalProperties: false (no other properties)', actual: JSON.stringify(task.taskKey) }));
  });

  it('reports a missing required field of an open schema (CBR operation log without status)', () => {
    const body = cbrList();
    delete body.operation_logs[0]?.status;
    expect(where(run({ operationId: 'listOpLogs', body }))).toEqual([{ check: 'body-schema', severity: 'failure', pointer: '/operation_logs/0/status' }]);
  });

  it('reports a wrong type with the expected type and the offending value', () => {
    const body = cbrList();
    body.count = '1';
    expect(run({ operationId: 'listOpLogs', body })).toEqual([
      expect.objectContaining({ check: 'body-schema', pointer: '/count', expected: 'type: integer', actual: '"1"' }),
    ]);
  });

  it('reports an unknown enum value at its place, narrowed to the task branch of the item anyOf', () => {
    const body = astraList();
    (body.items[0] as Record<string, unknown>).state = 'hibernating';
    const findings = run({ operationId: 'listAstraTasks', body });
    expect(where(findings)).toEqual([{ check: 'body-schema', severity: 'failure', pointer: '/items/0/state' }]);
    expect(findings[0]?.expected).toBe('enum: ["notStarted","running","completed","pausing","paused","cancelling","cancelled","failed"]');
    expect(findings[0]?.actual).toBe('"hibernating"');
  });

  it('narrows a broken vSphere error envelope to the error branch', () => {
    const body = specExample(validators, 'listRootTasks', '200', 'missingVsphereUuid') as Record<string, unknown>;
    delete body.desc;
    expect(where(run({ operationId: 'listRootTasks', body }))).toEqual([{ check: 'body-schema', severity: 'failure', pointer: '/desc' }]);
  });

  it('judges error statuses against their own schema (Astra 404 answered with the 401 problem)', () => {
    const body = specExample(validators, 'listAstraTasks', '401', 'missingToken', 'application/problem+json');
    const findings = run({ operationId: 'listAstraTasks', status: 404, body, headers: { 'content-type': 'application/problem+json' } });
    expect(findings.map((f) => f.pointer).sort()).toEqual(['/status', '/title', '/type']);
    expect(findings.every((f) => f.check === 'body-schema' && f.severity === 'failure')).toBe(true);
  });

  it('reports a body that is not JSON where JSON is documented, and an empty one', () => {
    const html = run({ operationId: 'listOpLogs', text: '<html>Bad gateway</html>', headers: { 'content-type': 'text/html' } });
    expect(html).toEqual([expect.objectContaining({ pointer: '', expected: 'a JSON body (application/json)', actual: '<html>Bad gateway</html>' })]);
    const empty = run({ operationId: 'listOpLogs', text: '' });
    expect(empty.map((f) => f.actual)).toEqual(['(empty body)']);
  });

  it('cuts a long offending value to about 200 characters', () => {
    const body = cbrList();
    body.count = 'x'.repeat(5000);
    const [finding] = run({ operationId: 'listOpLogs', body });
    expect(finding?.actual.length).toBeLessThan(240);
    expect(finding?.actual).toContain('5002 chars');
  });

  it('says nothing for an undocumented status (status-documented reports it)', () => {
    expect(run({ operationId: 'listAstraTasks', status: 418, body: { nonsense: true } })).toEqual([]);
  });
});
