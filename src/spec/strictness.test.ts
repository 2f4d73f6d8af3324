import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../package-root';
import { createValidators } from '../validation/create-validators';

/**
 * The specs must be strict as well as correct: each case takes a genuine body (a source
 * document's example, or the spec's own first example where the document prints only a
 * placeholder) that validates, breaks it in one way real drift looks like, and expects the
 * validator to reject it at that place.
 */
const validators = createValidators();
const docExample = (vendor: string, file: string): unknown =>
  JSON.parse(fs.readFileSync(path.join(packageRoot(), 'fixtures', 'doc-examples', vendor, file), 'utf8'));
const specExample = (operationId: string, status: string): unknown => {
  const response = validators.operation(operationId).responses.find((r) => r.status === status);
  const media = Object.values(response?.content ?? {})[0];
  return Object.values(media?.examples ?? {})[0];
};

type Mutation = { remove: string } | { set: string; value: unknown };
interface Case {
  title: string;
  operationId: string;
  status: number;
  body: () => unknown;
  mutation: Mutation;
}

const vsphereRoot = () => docExample('vsphere', 'listRootTasks.200.seed.json');
const velostrata = () => docExample('velostrata', 'getActiveTasks.200.seed.json');
const snapList = () => specExample('listSnapserviceTasks', '200');
const snap401 = () => specExample('listSnapserviceTasks', '401');
const astraList = () => docExample('astra', 'listAstraTasks.200.seed.json');
const astra401 = () => docExample('astra', 'listAstraTasks.401.seed.json');
const cbrList = () => docExample('cbr', 'listOpLogs.200.seed.json');

const CASES: Case[] = [
  { title: 'vsphere: TaskInfo without State', operationId: 'listRootTasks', status: 200, body: vsphereRoot, mutation: { remove: '/data/list/0/task/State' } },
  { title: 'vsphere: progress as a string', operationId: 'listRootTasks', status: 200, body: vsphereRoot, mutation: { set: '/data/list/0/progress', value: '0' } },
  { title: 'vsphere: unknown task state', operationId: 'listRootTasks', status: 200, body: vsphereRoot, mutation: { set: '/data/list/0/status', value: 'done' } },
  { title: 'vsphere: a field govmomi v0.26 never sends', operationId: 'listRootTasks', status: 200, body: vsphereRoot, mutation: { set: '/data/list/0/task/ServerGUID', value: 'x' } },
  { title: 'vsphere: TotalCount instead of total_count', operationId: 'listRootTasks', status: 200, body: vsphereRoot, mutation: { remove: '/data/total_count' } },
  { title: 'velostrata: page without _type', operationId: 'getActiveTasks', status: 200, body: velostrata, mutation: { remove: '/_type' } },
  { title: 'velostrata: unknown TaskState', operationId: 'getActiveTasks', status: 200, body: velostrata, mutation: { set: '/content/0/state', value: 'Paused' } },
  { title: 'velostrata: totalElements as a string', operationId: 'getActiveTasks', status: 200, body: velostrata, mutation: { set: '/totalElements', value: '1' } },
  { title: 'snapservice: unknown Status', operationId: 'listSnapserviceTasks', status: 200, body: snapList, mutation: { set: '/items/0/info/status', value: 'DONE' } },
  { title: 'snapservice: info without service', operationId: 'listSnapserviceTasks', status: 200, body: snapList, mutation: { remove: '/items/0/info/service' } },
  { title: 'snapservice: cancelable as a string', operationId: 'listSnapserviceTasks', status: 200, body: snapList, mutation: { set: '/items/0/info/cancelable', value: 'false' } },
  { title: 'snapservice: 401 with an unknown error_type', operationId: 'listSnapserviceTasks', status: 401, body: snap401, mutation: { set: '/error_type', value: 'NOPE' } },
  { title: 'astra: task without id', operationId: 'listAstraTasks', status: 200, body: astraList, mutation: { remove: '/items/0/id' } },
  { title: 'astra: unknown task state', operationId: 'listAstraTasks', status: 200, body: astraList, mutation: { set: '/items/0/state', value: 'done' } },
  { title: 'astra: percentDone as a string', operationId: 'listAstraTasks', status: 200, body: astraList, mutation: { set: '/items/0/percentDone', value: '20' } },
  { title: 'astra: list without metadata', operationId: 'listAstraTasks', status: 200, body: astraList, mutation: { remove: '/metadata' } },
  { title: 'astra: problem status as a number', operationId: 'listAstraTasks', status: 401, body: astra401, mutation: { set: '/status', value: 401 } },
  { title: 'cbr: operation log without id', operationId: 'listOpLogs', status: 200, body: cbrList, mutation: { remove: '/operation_logs/0/id' } },
  { title: 'cbr: unknown status', operationId: 'listOpLogs', status: 200, body: cbrList, mutation: { set: '/operation_logs/0/status', value: 'ok' } },
  { title: 'cbr: count as a string', operationId: 'listOpLogs', status: 200, body: cbrList, mutation: { set: '/count', value: '1' } },
  { title: 'cbr: progress over 100', operationId: 'listOpLogs', status: 200, body: cbrList, mutation: { set: '/operation_logs/0/extra_info/common/progress', value: 101 } },
];

describe('the specs reject drifted bodies', () => {
  it.each(CASES)('$title', ({ operationId, status, body, mutation }) => {
    const validate = validators.response(operationId, status);
    const original = body();
    expect(validate?.(original)).toEqual([]);
    const broken = structuredClone(original);
    const pointer = 'remove' in mutation ? mutation.remove : mutation.set;
    applyMutation(broken, mutation);
    const issues = validate?.(broken) ?? [];
    expect(issues.length).toBeGreaterThan(0);
    const parent = pointer.slice(0, pointer.lastIndexOf('/'));
    expect(issues.some((i) => i.pointer === pointer || i.pointer === parent)).toBe(true);
  });
});

function applyMutation(target: unknown, mutation: Mutation): void {
  const pointer = 'remove' in mutation ? mutation.remove : mutation.set;
  const keys = pointer.split('/').slice(1);
  const last = keys.pop() as string;
  let node = target as Record<string, unknown>;
  for (const key of keys) node = node[key] as Record<string, unknown>;
  if ('remove' in mutation) {
    expect(node).toHaveProperty([last]);
    delete node[last];
  } else {
    node[last] = mutation.value;
  }
}
