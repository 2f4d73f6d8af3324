import type { GenerateOptions } from '../../../src/dialect';
import type { Rng } from '../../../src/runtime/rng';
import type { ListItem, TaskStatus } from '../list-item';
import { compareListOrder } from '../task-entry';
import { createSubjectPicker } from './subject';
import { childDraft, freshDraft, type TaskDraft } from './task-draft';
import { SERVICE_QUOTAS, type ServiceQuota, type TaskKind } from './task-kinds';
import { toListItem } from './to-list-item';

/** Share of per-VM snapshot tasks that run under a protection group's scheduled snapshot. */
const CHILD_RATE = 0.5;
/** Share of tasks still in flight, spread evenly over the services, in this cycle of states. */
const ACTIVE_RATE = 0.015;
const ACTIVE_CYCLE: readonly TaskStatus[] = ['RUNNING', 'BLOCKED', 'RUNNING', 'PENDING', 'RUNNING'];

/**
 * The default data set of the Snapservice task list: `count` tasks over the last 30 days, every
 * status, in list order. The source document prints schema placeholders only (every string
 * `"string"`), so no example record of it is included (fixtures/doc-examples/snapservice).
 */
export function generate(options: GenerateOptions): { tasks: ListItem[] } {
  const { rng, count, now } = options;
  const pickSubject = createSubjectPicker(rng);
  const drafts: TaskDraft[] = [];
  const scheduled: TaskDraft[] = [];
  for (let index = 0; index < count; index += 1) {
    const kind = pickKind(rng, quotaAt(index, count));
    const parent = kind.operation === 'create' && kind.service.endsWith('.snapshots') && scheduled.length > 0 && rng.next() < CHILD_RATE
      ? rng.pick(scheduled)
      : undefined;
    const draft = parent
      ? childDraft(rng, kind, parent, { ...pickSubject(), pg: parent.subject.pg, cluster: parent.subject.cluster }, now)
      : freshDraft(rng, kind, pickSubject(), now, activeStatus(index));
    drafts.push(draft);
    if (kind.operation === 'snapshot') scheduled.push(draft);
  }
  assignVcTasks(rng, drafts);
  return { tasks: drafts.map((draft) => toListItem(draft, rng)).sort(compareListOrder) };
}

/** Every 1/ACTIVE_RATE-th task is in flight (by position, so every data set has every state). */
function activeStatus(index: number): TaskStatus | undefined {
  const before = Math.floor(index * ACTIVE_RATE);
  if (Math.floor((index + 1) * ACTIVE_RATE) === before) return undefined;
  return ACTIVE_CYCLE[before % ACTIVE_CYCLE.length];
}

/** Services by their share, in a fixed order: the first 84% of the tasks are protection groups'. */
function quotaAt(index: number, count: number): ServiceQuota {
  const position = (index + 0.5) / count;
  let cumulative = 0;
  for (const quota of SERVICE_QUOTAS) {
    cumulative += quota.share;
    if (position < cumulative) return quota;
  }
  return SERVICE_QUOTAS[SERVICE_QUOTAS.length - 1] as ServiceQuota;
}

function pickKind(rng: Rng, quota: ServiceQuota): TaskKind {
  return rng.weighted(quota.kinds.map((kind) => [kind, kind.weight] as const));
}

/** vCenter task ids (`task-4127`) grow with time: numbered in start order, gaps for other vCenter tasks. */
function assignVcTasks(rng: Rng, drafts: TaskDraft[]): void {
  const started = drafts.filter((draft) => draft.start !== undefined && draft.kind.vcTask);
  started.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
  let next = 4000;
  for (const draft of started) {
    next += 1 + rng.int(6);
    if (rng.next() < 0.85) draft.vcTask = `task-${next}`;
  }
}
