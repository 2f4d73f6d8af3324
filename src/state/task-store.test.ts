import { arraySource, type StoredTask } from './stored-task';
import { TaskStore } from './task-store';

const task = (id: string, tenant = 'a'): StoredTask => ({ id, tenant, task: { id }, run: undefined });

describe('TaskStore: an immutable base and the changes over it', () => {
  it('lists base tasks in order (changed as changed, removed left out), then created ones, by tenant and page', () => {
    const store = new TaskStore('x', arraySource([task('1'), task('2', 'b'), task('3')]));
    store.put({ ...task('2', 'b'), task: { id: '2', changed: true } });
    store.put(task('4'));
    expect(store.remove('1')).toBe(true);
    expect(store.list().items.map((t) => t.id)).toEqual(['2', '3', '4']);
    expect(store.list().items[0]?.task).toEqual({ id: '2', changed: true });
    expect(store.list({ tenant: 'a' })).toMatchObject({ total: 2, items: [{ id: '3' }, { id: '4' }] });
    expect(store.list({ offset: 1, limit: 1 })).toMatchObject({ total: 3, items: [{ id: '3' }] });
    expect(store.get('1')).toBeUndefined();
  });

  it('bumps its version on every change and goes back to the base on reset', () => {
    const store = new TaskStore('x', arraySource([task('1')]));
    const versions = [store.version];
    store.put(task('2'));
    versions.push(store.version);
    store.remove('2');
    versions.push(store.version);
    expect(store.remove('nope')).toBe(false);
    expect(new Set(versions).size).toBe(3);
    store.remove('1');
    store.reset();
    expect(store.list().items.map((t) => t.id)).toEqual(['1']);
    expect(store.changes.size).toBe(0);
  });

  it('forgets a created task removed again instead of keeping a tombstone', () => {
    const store = new TaskStore('x', arraySource([]));
    store.put(task('9'));
    store.remove('9');
    expect(store.changes.size).toBe(0);
  });
});

describe('TaskStore listing over a base that knows where its tasks lie', () => {
  it('lists exactly as the task-by-task walk does, for every tenant and page, over random changes', () => {
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const tasks = Array.from({ length: 40 }, (_, i) => task(String(i), ['a', 'b', 'c'][i % 3]));
    const plain = arraySource(tasks);
    const indexed = { ...plain, indexesOf: (tenant: string) => tasks.flatMap((t, i) => (t.tenant === tenant ? [i] : [])) };
    const slow = new TaskStore('x', { size: plain.size, at: plain.at, get: plain.get });
    const fast = new TaskStore('x', indexed);
    for (let step = 0; step < 60; step += 1) {
      const id = String(next(50));
      const roll = next(3);
      const tenant = ['a', 'b', 'c', 'd'][roll === 1 ? next(4) : 0];
      for (const store of [slow, fast]) {
        if (roll === 0) store.remove(id);
        else store.put(task(id, tenant));
      }
      for (const tenant of [undefined, 'a', 'b', 'd']) {
        for (const [offset, limit] of [[0, 100], [3, 5], [30, 10]] as const) {
          expect(fast.list({ tenant, offset, limit })).toEqual(slow.list({ tenant, offset, limit }));
        }
      }
    }
  });
});
