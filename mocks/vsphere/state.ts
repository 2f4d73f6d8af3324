import type { JsonItemBlocks } from '../../src/http/json-item-blocks';
import type { BoundedMemo } from '../../src/runtime/bounded-memo';
import type { IndexedTask } from './indexed-task';
import type { Inventory } from './inventory';
import type { VsphereSettings } from './settings';
import type { TaskList } from './task-list';

/**
 * What the handlers read: one view of the tasks at one moment (view.ts), never changed. Every
 * list and memo here depends on the tasks and dies with the view.
 */
export interface VsphereState {
  readonly settings: VsphereSettings;
  readonly inventory: Inventory;
  /** Every task the platform lists at the view's moment, newest first (`root/list`). */
  readonly tasks: TaskList;
  /** The tasks of a reference and everything beneath it, newest first (`resource/list`); built on first ask. */
  scope(reference: string): TaskList;
  /** vCenter's recent tasks at the view's moment (recent.ts). */
  readonly recent: readonly IndexedTask[];
  /** The task as this view shows it: a loaded task with a run, rendered at the view's moment. */
  shown(task: IndexedTask): IndexedTask;
  /** The loaded tasks' JSON (base.ts): pages of tasks without a run are slices of it. */
  readonly blocks: JsonItemBlocks;
  /** Page heads (the envelope up to `"list":[`) already encoded, by their text (envelope.ts). */
  readonly pageHeads: BoundedMemo<string, Buffer>;
}
