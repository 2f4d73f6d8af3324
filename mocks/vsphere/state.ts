import type { DialectSetup } from '../../src/dialect';
import { createInventory, type Inventory } from './inventory';
import { readSettings, type VsphereSettings } from './settings';
import { keyNumber, type TaskItem } from './types';
import { JsonItemBlocks } from '../../src/http/json-item-blocks';
import { BoundedMemo } from '../../src/runtime/bounded-memo';

/** One task, indexed once at load: its JSON is serialised here and only joined per request. */
export interface IndexedTask {
  readonly item: TaskItem;
  /** Where the same JSON lies as UTF-8 bytes in the state's `blocks`, encoded once at load: pages are written from there. */
  readonly jsonIndex: number;
  /** Position in the newest-first order of every list. */
  readonly rank: number;
  readonly queuedMs: number;
  /** When it finished; null while queued or running. */
  readonly completedMs: number | null;
  /** `name` and `target` in lower case, for `filter_name`. */
  readonly lowerName: string;
  readonly lowerTarget: string;
  /** Its entity and every container above it: the references whose lists include it. */
  readonly scopes: readonly string[];
}

export interface VsphereState {
  /** Every task, newest first (create_time desc, then key desc): sorted once, here. */
  readonly tasks: readonly IndexedTask[];
  /** The tasks' JSON bytes in the order of `tasks`. */
  readonly blocks: JsonItemBlocks;
  /** Page heads (the envelope up to `"list":[`) already encoded, by their text (envelope.ts). */
  readonly pageHeads: BoundedMemo<string, Buffer>;
  /** Reference → the tasks of it and everything beneath it, newest first. */
  readonly byScope: ReadonlyMap<string, readonly IndexedTask[]>;
  /** Queued and running tasks, newest first. */
  readonly active: readonly IndexedTask[];
  /** Finished tasks by completion time, oldest first (the recent window is a suffix). */
  readonly finished: readonly IndexedTask[];
  readonly inventory: Inventory;
  readonly settings: VsphereSettings;
}

export function createState(setup: DialectSetup): VsphereState {
  const items = Array.from((setup.records['tasks'] ?? []) as Iterable<TaskItem>).sort(newestFirst);
  const inventory = createInventory(items.map((item) => item.entity));
  // Encoded in list order: neighbours in the full list are neighbours in memory, so its pages
  // are one slice each (JsonItemBlocks).
  const blocks = new JsonItemBlocks();
  const tasks = items.map((item, rank) => index(item, rank, inventory, blocks));
  const byScope = new Map<string, IndexedTask[]>();
  for (const task of tasks) {
    for (const scope of task.scopes) {
      const list = byScope.get(scope);
      if (list) list.push(task);
      else byScope.set(scope, [task]);
    }
  }
  const finished = tasks.filter((t) => t.completedMs !== null).sort((a, b) => (a.completedMs ?? 0) - (b.completedMs ?? 0));
  return {
    tasks,
    blocks,
    pageHeads: new BoundedMemo(),
    byScope,
    active: tasks.filter((t) => t.completedMs === null),
    finished,
    inventory,
    settings: readSettings(setup.settings),
  };
}

/** The order of every list (decisions: newest first): create_time desc, then key number desc. */
export function newestFirst(a: TaskItem, b: TaskItem): number {
  return b.create_time - a.create_time || keyNumber(b.key) - keyNumber(a.key) || (a.key < b.key ? 1 : a.key > b.key ? -1 : 0);
}

function index(item: TaskItem, rank: number, inventory: Inventory, blocks: JsonItemBlocks): IndexedTask {
  const done = item.status === 'success' || item.status === 'error';
  return {
    item,
    jsonIndex: blocks.add(JSON.stringify(item)),
    rank,
    queuedMs: Date.parse(item.task.QueueTime),
    completedMs: done ? timeOf(item.task.CompleteTime, item.finish_time) : null,
    lowerName: item.name.toLowerCase(),
    lowerTarget: item.target.toLowerCase(),
    scopes: item.entity === '' ? [] : inventory.scopesOf(item.entity),
  };
}

/** CompleteTime to the millisecond; the wrapper's seconds when a record leaves it null. */
function timeOf(goTime: string | null, seconds: number): number {
  return goTime === null ? seconds * 1000 : Date.parse(goTime);
}
