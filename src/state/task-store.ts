import type { StoredTask, TaskSource } from './stored-task';
import { TaskChanges } from './task-changes';

export interface TaskPage {
  readonly total: number;
  readonly items: readonly StoredTask[];
}

/**
 * One vendor's tasks: the loaded data set (an immutable base) and the changes made since,
 * with a version that every change bumps. Views compare the version they were built at with
 * this one: one number comparison tells a view it is current. Writes come only through the
 * StateWriter (one writer per process), which validates them first.
 */
export class TaskStore {
  private changesNow = TaskChanges.NONE;
  private versionNow = 0;

  constructor(
    readonly vendor: string,
    readonly base: TaskSource,
  ) {}

  get version(): number {
    return this.versionNow;
  }

  get changes(): TaskChanges {
    return this.changesNow;
  }

  get(id: string): StoredTask | undefined {
    const changed = this.changesNow.get(id);
    if (changed !== undefined) return changed ?? undefined;
    return this.base.get(id);
  }

  /** Base tasks in their order (changed ones as changed, removed ones left out), then created ones. */
  list(filter: { tenant?: string; offset?: number; limit?: number } = {}): TaskPage {
    if (this.base.indexOf && (filter.tenant === undefined || this.base.indexesOf)) return this.listByIndex(filter);
    const offset = filter.offset ?? 0;
    const limit = filter.limit ?? Number.POSITIVE_INFINITY;
    const items: StoredTask[] = [];
    let total = 0;
    const take = (task: StoredTask) => {
      if (filter.tenant !== undefined && task.tenant !== filter.tenant) return;
      if (total >= offset && items.length < limit) items.push(task);
      total += 1;
    };
    for (let i = 0; i < this.base.size; i += 1) {
      const task = this.base.at(i);
      const changed = this.changesNow.get(task.id);
      if (changed === null) continue;
      take(changed ?? task);
    }
    for (const task of this.changesNow.tasks()) if (!this.base.get(task.id)) take(task);
    return { total, items };
  }

  /**
   * The same listing over a base that says where its tasks lie: unchanged tasks are counted
   * without being decoded, and only those on the page are read.
   */
  private listByIndex(filter: { tenant?: string; offset?: number; limit?: number }): TaskPage {
    const base = this.base as Required<TaskSource>;
    const { tenant } = filter;
    const offset = filter.offset ?? 0;
    const limit = filter.limit ?? Number.POSITIVE_INFINITY;
    const changedAt = new Map<number, StoredTask | null>();
    const created: StoredTask[] = [];
    // Loaded tasks moved into the tenant asked for: listed at their own place in the base order.
    const movedIn: Array<[number, StoredTask]> = [];
    for (const [id, task] of this.changesNow.entries()) {
      const index = base.indexOf(id);
      if (index < 0) {
        if (task && (tenant === undefined || task.tenant === tenant)) created.push(task);
        continue;
      }
      changedAt.set(index, task);
      if (task && tenant !== undefined && task.tenant === tenant && base.at(index).tenant !== tenant) movedIn.push([index, task]);
    }
    movedIn.sort((a, b) => a[0] - b[0]);
    const items: StoredTask[] = [];
    let total = 0;
    const take = (read: () => StoredTask) => {
      if (total >= offset && items.length < limit) items.push(read());
      total += 1;
    };
    let moved = 0;
    const indexes = tenant === undefined ? undefined : base.indexesOf(tenant);
    const count = indexes === undefined ? base.size : indexes.length;
    for (let i = 0; i < count; i += 1) {
      const index = indexes === undefined ? i : (indexes[i] as number);
      for (; moved < movedIn.length && (movedIn[moved] as [number, StoredTask])[0] < index; moved += 1) {
        const task = (movedIn[moved] as [number, StoredTask])[1];
        take(() => task);
      }
      const changed = changedAt.get(index);
      if (changed === undefined) take(() => base.at(index));
      else if (changed !== null && (tenant === undefined || changed.tenant === tenant)) take(() => changed);
    }
    for (; moved < movedIn.length; moved += 1) {
      const task = (movedIn[moved] as [number, StoredTask])[1];
      take(() => task);
    }
    for (const task of created) take(() => task);
    return { total, items };
  }

  put(task: StoredTask): void {
    this.setChanges(this.changesNow.with(task.id, task));
  }

  /** Removes a task; false when there is none with that id. */
  remove(id: string): boolean {
    if (!this.get(id)) return false;
    this.setChanges(this.base.get(id) ? this.changesNow.with(id, null) : this.changesNow.without(id));
    return true;
  }

  /** Back to the data set as loaded. */
  reset(): void {
    this.setChanges(TaskChanges.NONE);
  }

  /** Replaces every change at once (a snapshot loaded, the state file read). */
  replaceChanges(changes: TaskChanges): void {
    this.setChanges(changes);
  }

  private setChanges(changes: TaskChanges): void {
    this.changesNow = changes;
    this.versionNow += 1;
  }
}
