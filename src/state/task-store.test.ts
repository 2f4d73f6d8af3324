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
