import { MockError } from '../../src/errors/mock-error';
import type { AstraTask } from './astra-task';
import { parseInclude, projectTask } from './include';

const task = { id: 'i-1', name: 'astra.backup', state: 'running', percentDone: 20.25, metadata: { labels: [] } } as unknown as AstraTask;

describe('include', () => {
  it.each([
    { include: 'id', expected: '["i-1"]' },
    { include: 'id,name,state', expected: '["i-1","astra.backup","running"]' },
    { include: 'state,id', expected: '["running","i-1"]' },
    { include: 'percentDone,endTime', expected: '[20.25,null]' },
    { include: 'metadata', expected: '[{"labels":[]}]' },
  ])('$include → $expected', ({ include, expected }) => {
    expect(projectTask(task, parseInclude(include))).toBe(expected);
  });

  it.each(['owner', 'id,owner', 'constructor', '__proto__'])('refuses %s as an unknown field', (include) => {
    expect(() => parseInclude(include)).toThrow(MockError);
  });
});
