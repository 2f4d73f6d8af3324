import { MockError } from '../../src/errors/mock-error';
import type { AstraTask } from './astra-task';
import { parseOrderBy, sortTasks } from './order-by';
import type { StoredTask } from './state';

const stored = (id: string, fields: Record<string, unknown>): StoredTask => ({ task: { id, ...fields } as unknown as AstraTask, jsonIndex: 0 });
const tasks = [
  stored('c', { name: 'astra.snapshot', percentDone: 9, endTime: '2021-01-02T00:00:00Z' }),
  stored('a', { name: 'astra.backup', percentDone: 100 }),
  stored('b', { name: 'astra.backup', percentDone: 20.5, endTime: '2021-01-01T00:00:00Z' }),
];
const ids = (list: readonly StoredTask[]) => list.map((t) => t.task.id).join('');

describe('orderBy', () => {
  it.each([
    { orderBy: 'name', expected: 'abc' },
    { orderBy: 'name desc', expected: 'cba' },
    { orderBy: 'name%20desc', expected: 'cba' },
    { orderBy: 'percentDone', expected: 'cba' },
    { orderBy: 'percentDone desc', expected: 'abc' },
    { orderBy: 'endTime', expected: 'bca' },
    { orderBy: 'endTime desc', expected: 'acb' },
  ])('$orderBy → $expected', ({ orderBy, expected }) => {
    expect(ids(sortTasks(tasks, parseOrderBy(orderBy)))).toBe(expected);
  });

  it('leaves the given list alone', () => {
    sortTasks(tasks, parseOrderBy('name'));
    expect(ids(tasks)).toBe('cab');
  });

  it.each(['owner', 'metadata', 'stateDetails', 'resourceCollectionURI', 'name asc', 'constructor'])('refuses %s', (orderBy) => {
    expect(() => parseOrderBy(orderBy)).toThrow(MockError);
  });
});
