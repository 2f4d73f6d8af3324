import type { StoredTask } from './stored-task';

/**
 * What the admin API (and the vendors' own writes, such as a Velostrata cancel) changed over
 * the loaded data set: id → the task as it now is, or `null` for a base task removed. Small
 * by construction; a view merges it over its base instead of rebuilding from every task.
 * Immutable: every change makes a new TaskChanges, so a view built from one never sees a
 * later write.
 */
export class TaskChanges {
  static readonly NONE = new TaskChanges(new Map());

  private constructor(private readonly byId: ReadonlyMap<string, StoredTask | null>) {}

  get size(): number {
    return this.byId.size;
  }

  /** The change for `id`: a task, `null` (removed), or undefined (unchanged: see the base). */
  get(id: string): StoredTask | null | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** Every changed id with its task or `null`, in the order first changed. */
  entries(): IterableIterator<[string, StoredTask | null]> {
    return this.byId.entries();
  }

  /** The tasks that are there (created or changed), in the order first changed. */
  *tasks(): IterableIterator<StoredTask> {
    for (const task of this.byId.values()) if (task) yield task;
  }

  with(id: string, task: StoredTask | null): TaskChanges {
    const next = new Map(this.byId);
    next.set(id, task);
    return new TaskChanges(next);
  }

  without(id: string): TaskChanges {
    const next = new Map(this.byId);
    next.delete(id);
    return new TaskChanges(next);
  }

  static of(entries: Iterable<[string, StoredTask | null]>): TaskChanges {
    return new TaskChanges(new Map(entries));
  }
}
