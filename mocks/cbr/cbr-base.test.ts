import type { DialectSetup } from '../../src/dialect';
import { createRng } from '../../src/runtime/rng';
import type { OperationLog } from './operation-log';
import { createBase, type CbrBase } from './cbr-base';
import { task } from './test-support/cbr-test-app';
import { DEMO_PROJECT_ID, DEMO_TOKEN } from './vocabulary';

const setup = (records: unknown[], settings = {}): DialectSetup => ({
  records: { operationLogs: records },
  loadedAt: 0,
  rng: createRng(1),
  settings,
});
const storedTexts = (state: CbrBase): string[] => Array.from({ length: state.json.size }, (_, row) => state.json.text(row));
const order = (tasks: OperationLog[]) =>
  storedTexts(createBase(setup(tasks))).map((text) => (JSON.parse(text) as OperationLog).id);

describe('createBase', () => {
  it('orders by created_at descending across the three timestamp forms, then by id', () => {
    const tasks = [
      task({ id: 'z-naive', created_at: '2021-08-30T10:00:00.000500' }),
      task({ id: 'offset', created_at: '2021-08-30T18:00:00.001+08:00' }),
      task({ id: 'b-zulu', created_at: '2021-08-30T10:00:00Z' }),
      task({ id: 'a-zulu', created_at: '2021-08-30T10:00:00Z' }),
      task({ id: 'newest', created_at: '2021-08-30T10:00:01Z' }),
    ];
    expect(order(tasks)).toEqual(['newest', 'offset', 'a-zulu', 'b-zulu', 'z-naive']);
  });

  it('keeps each task as its JSON text, unchanged', () => {
    const one = task({ id: 'x', created_at: '2021-08-30T10:00:00Z', policy_id: null });
    expect(storedTexts(createBase(setup([one])))).toEqual([JSON.stringify(one)]);
  });

  it('knows the demo project and every project with tasks, unless the settings name the projects', () => {
    const tasks = [task({ id: 'x', created_at: '2021-08-30T10:00:00Z', project_id: 'ffffffffffffffffffffffffffffffff' })];
    expect([...createBase(setup(tasks)).projects].sort()).toEqual([DEMO_PROJECT_ID, 'ffffffffffffffffffffffffffffffff']);
    expect([...createBase(setup(tasks, { projects: ['eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee'] })).projects]).toEqual(['eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee']);
  });

  it('accepts the demo token unless the settings name tokens', () => {
    expect([...createBase(setup([])).tokens]).toEqual([DEMO_TOKEN]);
    expect([...createBase(setup([], { tokens: ['t1', 't2'] })).tokens]).toEqual(['t1', 't2']);
  });

  it.each([{ tokens: 'one' }, { tokens: [1] }, { projects: [''] }])('refuses the settings %j', (settings) => {
    expect(() => createBase(setup([], settings))).toThrow(/cbr settings/);
  });

  it('stops on a timestamp the pattern lets through but the calendar does not have', () => {
    expect(() => createBase(setup([task({ id: 'x', created_at: '2021-02-30T00:00:00Z' })]))).toThrow(/task x has created_at/);
  });
});
