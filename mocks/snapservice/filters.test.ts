import { MockError } from '../../src/errors/mock-error';
import { selectTasks, toTaskFilter } from './filters';
import type { ListItem, TaskStatus } from './list-item';
import { viewOf } from './test-support/view-of';

function item(task: string, service: string, operation: string, status: TaskStatus, start?: string, user?: string): ListItem {
  return {
    task,
    info: {
      description: { id: `${service}.${operation}`, default_message: 'x', args: [] },
      service,
      operation,
      status,
      cancelable: false,
      ...(start ? { start_time: start } : {}),
      ...(user ? { user } : {}),
    },
  };
}

const RECORDS = [
  item('t1', 'pg', 'create', 'SUCCEEDED', '2021-08-01T00:00:00.000Z', 'A'),
  item('t2', 'pg', 'snapshot', 'FAILED', '2021-08-03T00:00:00.000Z'),
  item('t3', 'snap', 'create', 'RUNNING', '2021-08-03T00:00:00.000Z', 'B'),
  item('t4', 'pg', 'update', 'PENDING', undefined, 'A'),
  item('t5', 'snap', 'delete', 'FAILED', '2021-08-02T00:00:00.000Z', 'A'),
  item('t0', 'pg', 'update', 'PENDING', undefined, 'B'),
];
const state = viewOf(RECORDS);

const ids = (query: Record<string, string[]>, limit?: number) => selectTasks(state, toTaskFilter(query), limit).map((t) => t.task);

describe('snapservice filters', () => {
  it('keeps the list order: not started first, start_time descending, then task id', () => {
    expect(ids({ tasks: RECORDS.map((r) => r.task) })).toEqual(['t0', 't4', 't2', 't3', 't5', 't1']);
  });

  it.each([
    ['one service', { services: ['pg'] }, ['t0', 't4', 't2', 't1']],
    ['two services (any matches)', { services: ['pg', 'snap'] }, ['t0', 't4', 't2', 't3', 't5', 't1']],
    ['tasks, in list order whatever the query order', { tasks: ['t1', 't3', 't4'] }, ['t4', 't3', 't1']],
    ['tasks named twice, once each', { tasks: ['t1', 't1'] }, ['t1']],
    ['tasks and services (both hold)', { tasks: ['t1', 't3'], services: ['snap'] }, ['t3']],
    ['operations', { services: ['pg', 'snap'], operations: ['create'] }, ['t3', 't1']],
    ['status', { services: ['pg', 'snap'], status: ['FAILED', 'PENDING'] }, ['t0', 't4', 't2', 't5']],
    ['users: system tasks never match', { services: ['pg'], users: ['A'] }, ['t4', 't1']],
    ['every filter', { services: ['snap'], operations: ['delete', 'create'], status: ['FAILED'], users: ['A'] }, ['t5']],
    ['unknown values', { services: ['none'] }, []],
    ['an unknown task', { tasks: ['nope'] }, []],
  ])('filters by %s', (_case, query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it.each([
    ['nothing', {}],
    ['only operations, status and users', { operations: ['create'], status: ['FAILED'], users: ['A'] }],
    ['empty tasks and services', { tasks: [], services: [] }],
  ])('requires tasks or services: %s is invalid_parameter', (_case, query) => {
    expect(() => toTaskFilter(query)).toThrow(expect.objectContaining({ kind: 'invalid_parameter', details: expect.objectContaining({ param: 'filter' }) }));
  });

  it('allows exactly the limit and refuses one more with too_many_results', () => {
    expect(ids({ services: ['pg'] }, 4)).toHaveLength(4);
    expect(() => ids({ services: ['pg'] }, 3)).toThrow(MockError);
    expect(() => ids({ services: ['pg'] }, 3)).toThrow(expect.objectContaining({ kind: 'too_many_results' }));
  });
});
