import type { Run } from '../../src/state/run';
import type { Inventory } from './inventory';
import { keyNumber, type TaskItem } from './types';

/**
 * One task as the lists hold it: what orders, filters and scopes it, and where its JSON lies.
 * A loaded task's JSON is in the base's blocks (`jsonIndex`, encoded once at load); a task a
 * view renders at its moment (a run, a change) carries its own `bytes`, made by that view.
 */
export interface IndexedTask {
  /** The task key ("task-3287"): the store's id. */
  readonly id: string;
  /** The task as this list shows it (a loaded task with a run: as at load; its view's entry: as at the view's moment). */
  readonly item: TaskItem;
  readonly run: Run | undefined;
  /** Index in the base's blocks, or -1 for a task rendered by a view (`bytes`). */
  readonly jsonIndex: number;
  readonly bytes: Buffer | undefined;
  readonly queuedMs: number;
  /** When it finished; null while queued or running. */
  readonly completedMs: number | null;
  /** `name` and `target` in lower case, for `filter_name`. */
  readonly lowerName: string;
  readonly lowerTarget: string;
  /** Its entity and every container above it: the references whose lists include it. */
  readonly scopes: readonly string[];
}

/** Indexes one task; `jsonIndex` -1 makes its bytes here (a view's task). */
export function indexTask(id: string, item: TaskItem, run: Run | undefined, inventory: Inventory, jsonIndex = -1): IndexedTask {
  const done = item.status === 'success' || item.status === 'error';
  return {
    id,
    item,
    run,
    jsonIndex,
    bytes: jsonIndex === -1 ? Buffer.from(JSON.stringify(item)) : undefined,
    queuedMs: Date.parse(item.task.QueueTime),
    completedMs: done ? timeOf(item.task.CompleteTime, item.finish_time) : null,
    lowerName: item.name.toLowerCase(),
    lowerTarget: item.target.toLowerCase(),
    scopes: item.entity === '' ? [] : inventory.scopesOf(item.entity),
  };
}

/** The order of every list (decisions: newest first): create_time desc, then key number desc. */
export function newestFirst(a: TaskItem, b: TaskItem): number {
  return b.create_time - a.create_time || keyNumber(b.key) - keyNumber(a.key) || (a.key < b.key ? 1 : a.key > b.key ? -1 : 0);
}

export function newestTaskFirst(a: IndexedTask, b: IndexedTask): number {
  return newestFirst(a.item, b.item);
}

/** CompleteTime to the millisecond; the wrapper's seconds when a record leaves it null. */
function timeOf(goTime: string | null, seconds: number): number {
  return goTime === null ? seconds * 1000 : Date.parse(goTime);
}
