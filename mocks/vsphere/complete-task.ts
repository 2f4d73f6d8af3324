import type { CompleteInput } from '../../src/state/task-model';
import type { StoredTask } from '../../src/state/stored-task';
import type { Rng } from '../../src/runtime/rng';
import { entityPools } from './generate/entity-pools';
import { makeTask } from './generate/make-task';
import { pickKind, type TaskKind } from './generate/task-catalogue';
import { INVENTORY, type InventoryNode } from './inventory-tree';
import { kindOf } from './outcome-fields';
import { renderTask } from './render-task';
import { DEMO_VSPHERE_UUID } from './settings';
import { toTaskItem } from './to-task-item';
import { keyNumber, refString, toRef, type MoRef, type TaskInfo } from './types';

/**
 * Keys of tasks made here: vCenter's `task-<n>`, above every key the generator gives (at most
 * a few thousand near the documents' task-3288, and 1,000,000 up for the oldest of a big data
 * set: generate/timeline.ts), so a created task never takes a loaded one's key.
 */
const KEY_FLOOR = 10_000;
const KEY_SPAN = 990_000;

const POOLS = entityPools(INVENTORY);

/**
 * A whole task from a partial one (admin create, arrivals): the partial task is the platform's
 * record, of which only `key`, `name`, `entity` and the inner `task` (TaskInfo fields) are
 * read, because every other wrapper field derives from the TaskInfo (api-facts 1.4). What is
 * missing is made as the generator makes a task of that kind (DescriptionId) on that entity:
 * both drawn when not given. The stored task is the task as shown at `now`.
 */
export function completeTask({ task: partial, tenant, run, now, rng }: CompleteInput): StoredTask {
  const inner = (isRecord(partial['task']) ? partial['task'] : {}) as Partial<TaskInfo>;
  const key = text(partial['key']) ?? text(inner.Key) ?? `task-${KEY_FLOOR + rng.int(KEY_SPAN)}`;
  const known = typeof inner.DescriptionId === 'string' ? kindOf(inner.DescriptionId) : undefined;
  const kind = known ?? pickKind(rng.next());
  const entity = entityOf(text(partial['entity']), inner, kind, rng);
  const made = makeTask(rng, { slot: { key: keyNumber(key), queueMs: run.queuedAt, state: 'running' }, kind, entity, eventChainId: eventChainIdAt(run.queuedAt) });
  const info: TaskInfo = { ...made.task, ...inner, Key: key, Task: { Type: 'Task', Value: key } };
  // The platform's label of a kind it knows, else TaskInfo.Name (api-facts 1.4).
  const label = text(partial['name']) ?? (known || inner.DescriptionId === undefined ? kind.label : null);
  const draft: StoredTask = { id: key, tenant: (tenant ?? DEMO_VSPHERE_UUID).toLowerCase(), task: toTaskItem(info, label), run };
  return { ...draft, task: renderTask(draft, now) };
}

function entityOf(ref: string | undefined, inner: Partial<TaskInfo>, kind: TaskKind, rng: Rng): InventoryNode {
  const given = ref ?? (isMoRef(inner.Entity) ? refString(inner.Entity) : undefined);
  if (given === undefined) return rng.pick(POOLS[kind.on]);
  const node = INVENTORY.find((n) => n.ref === given);
  return node ?? { ref: given, name: text(inner.EntityName) ?? toRef(given).Value, parents: [] };
}

/**
 * TaskInfo.EventChainId grows with time: the documents show 244389 at task-3071
 * (2021-08-30T11:40:34.765Z) and 261116 at task-3276 (2021-08-31T08:15:01.673Z); extrapolated
 * at that rate, kept within int32 (spec) and at least 1.
 */
export function eventChainIdAt(ms: number): number {
  const [t0, c0] = [Date.parse('2021-08-30T11:40:34.765Z'), 244_389];
  const [t1, c1] = [Date.parse('2021-08-31T08:15:01.673Z'), 261_116];
  const id = Math.round(c1 + ((ms - t1) * (c1 - c0)) / (t1 - t0));
  return Math.min(2 ** 31 - 1, Math.max(1, id));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isMoRef(value: unknown): value is MoRef {
  return isRecord(value) && typeof value['Type'] === 'string' && typeof value['Value'] === 'string';
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
