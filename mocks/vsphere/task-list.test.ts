import { createRng } from '../../src/runtime/rng';
import { newestTaskFirst, type IndexedTask } from './indexed-task';
import { mergedList } from './task-list';

/** A task for the order alone: create_time and key (newest-first order, indexed-task.ts). */
const task = (seconds: number, key: number): IndexedTask =>
  ({ id: `task-${key}`, item: { key: `task-${key}`, create_time: seconds } }) as unknown as IndexedTask;

describe('mergedList', () => {
  it('is the list itself when nothing is hidden or added', () => {
    const long = [task(3, 3), task(2, 2)];
    expect(mergedList(long, [], [])).toBe(long);
  });

  it('reads like the naive merge for every page, on random lists, hidden and added tasks', () => {
    const rng = createRng(4);
    for (let round = 0; round < 200; round += 1) {
      const all = Array.from({ length: 1 + rng.int(60) }, (_, i) => task(rng.int(20), i)).sort(newestTaskFirst);
      const long = all.filter(() => rng.next() < 0.7);
      const few = all.filter((t) => !long.includes(t) && rng.next() < 0.5);
      // Hidden: some of the list's own tasks, and one it does not hold (ignored).
      const hidden = [...long.filter(() => rng.next() < 0.2), ...all.filter((t) => !long.includes(t)).slice(0, 1)];
      const expected = [...long.filter((t) => !hidden.includes(t)), ...few].sort(newestTaskFirst);
      const list = mergedList(long, hidden, few);
      expect(list.length).toBe(expected.length);
      const ids = (tasks: readonly IndexedTask[]) => tasks.map((t) => t.id);
      for (let start = 0; start <= expected.length + 1; start += 1) {
        const size = 1 + rng.int(7);
        expect(ids(list.slice(start, start + size))).toEqual(ids(expected.slice(start, start + size)));
      }
      expect(ids(list.filter((t) => t.item.create_time % 2 === 0))).toEqual(ids(expected.filter((t) => t.item.create_time % 2 === 0)));
    }
  });

  it('shows a changed task in its new place when its old entry is hidden', () => {
    const long = [task(9, 9), task(5, 5), task(1, 1)];
    const moved = { ...task(5, 5) } as IndexedTask;
    const list = mergedList(long, [long[1] as IndexedTask], [moved]);
    expect(list.slice(0, 3)).toEqual([long[0], moved, long[2]]);
    expect(list.slice(1, 2)[0]).toBe(moved);
  });
});
