import type { GenerateOptions } from '../../../src/dialect';
import { INVENTORY, type InventoryNode } from '../inventory-tree';
import { entityPools } from './entity-pools';
import { makeTask } from './make-task';
import { sceneTask } from './recent-scene';
import { pickKind, TASK_KINDS, type TaskKind } from './task-catalogue';
import { planSlots, type Anchor, type Slot } from './timeline';
import { keyNumber, type TaskItem } from '../types';

/** Seed 000's three example bodies (fixtures/doc-examples/vsphere/manifest.json). */
export const DOC_EXAMPLES = ['listRootRecentTasks.200.seed.json', 'listRootTasks.200.seed.json', 'listResourceTasks.200.seed.json'];

/**
 * The vSphere data set: `count` generated tasks around seed 000's five example tasks, which are
 * included verbatim. Keys grow with time as vCenter's do (timeline.ts); entities come from the
 * demo inventory; kinds, faults and reasons from task-catalogue.ts, except the few newest tasks
 * recent-scene.ts casts. Records are oldest first.
 */
export function generate({ rng, count, now, docExample }: GenerateOptions): { tasks: TaskItem[] } {
  const documented = documentTasks(docExample);
  const anchors = documented.map(toAnchor);
  const chainAt = eventChainIds(documented);
  const pools = entityPools(INVENTORY);
  const made = planSlots(rng, count, now, anchors).map((slot) => {
    const cast = sceneTask(slot.age);
    const kind = cast ? kindOf(cast.descriptionId) : pickKind(rng.next(), kindsFor(slot));
    const entity = cast ? nodeOf(cast.entity) : rng.pick(pools[kind.on]);
    return makeTask(rng, { slot, kind, entity, eventChainId: chainAt(slot.queueMs) + rng.int(5), fault: cast?.fault, reason: cast?.reason });
  });
  return { tasks: [...made, ...documented].sort(oldestFirst) };
}

/** Every task printed in the documents, once each, exactly as printed. */
export function documentTasks(docExample: (file: string) => unknown): TaskItem[] {
  const byKey = new Map<string, TaskItem>();
  for (const file of DOC_EXAMPLES) {
    const data = (docExample(file) as { data: TaskItem[] | { list: TaskItem[] } }).data;
    for (const task of Array.isArray(data) ? data : data.list) byKey.set(task.key, task);
  }
  return [...byKey.values()];
}

/** Running tasks are the long ones (clones, migrations, snapshots), as a list of running tasks shows. */
const LONG_KINDS = TASK_KINDS.filter((kind) => kind.seconds[1] >= 40);

function kindsFor(slot: Slot): readonly TaskKind[] {
  return slot.state === 'running' ? LONG_KINDS : TASK_KINDS;
}

function kindOf(descriptionId: string): TaskKind {
  const kind = TASK_KINDS.find((k) => k.descriptionId === descriptionId);
  if (!kind) throw new Error(`vsphere: no task kind ${descriptionId}`);
  return kind;
}

function nodeOf(ref: string): InventoryNode {
  const node = INVENTORY.find((n) => n.ref === ref);
  if (!node) throw new Error(`vsphere: no inventory node ${ref}`);
  return node;
}

function toAnchor(task: TaskItem): Anchor {
  const queueMs = Date.parse(task.task.QueueTime);
  const completeMs = task.task.CompleteTime === null ? queueMs : Date.parse(task.task.CompleteTime);
  return { key: keyNumber(task.key), queueMs, completeMs };
}

/**
 * EventChainId grows with time: interpolated between the documents' tasks (244389 at
 * task-3071 ... 261116 at task-3276), extrapolated at their average rate, never below 1.
 */
function eventChainIds(documented: readonly TaskItem[]): (queueMs: number) => number {
  const points = documented.map((t) => [Date.parse(t.task.QueueTime), t.task.EventChainId] as const).sort((a, b) => a[0] - b[0]);
  const [t0, c0] = points[0] ?? [0, 1];
  const [t1, c1] = points[points.length - 1] ?? [1, 1];
  const rate = t1 > t0 ? (c1 - c0) / (t1 - t0) : 0;
  return (ms) => {
    const after = points.findIndex(([t]) => t >= ms);
    if (after <= 0) return Math.max(1, Math.round((after === 0 ? c0 : c1) + (ms - (after === 0 ? t0 : t1)) * rate));
    const [ta, ca] = points[after - 1] as readonly [number, number];
    const [tb, cb] = points[after] as readonly [number, number];
    return Math.round(ca + ((ms - ta) / (tb - ta)) * (cb - ca));
  };
}

function oldestFirst(a: TaskItem, b: TaskItem): number {
  return a.create_time - b.create_time || keyNumber(a.key) - keyNumber(b.key);
}
