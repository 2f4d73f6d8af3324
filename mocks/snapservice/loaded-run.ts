import type { Run } from '../../src/state/run';
import { findKind } from './generate/task-kinds';
import type { ListItem } from './list-item';

/** Seconds a task of an operation the generator does not make takes (its default kind's range). */
const DEFAULT_SECONDS: readonly [number, number] = [1, 12];

/**
 * The run of a loaded task still in flight at `loadedAt`, inferred from its own fields so that
 * rendered at `loadedAt` it shows what the record holds, and from then on really progresses and
 * finishes (with success: no record in flight says otherwise). A finished task, or one whose
 * fields give no run (no start, no progress), has none and is served as stored.
 * - PENDING: queued a little before `loadedAt`; starts a little after; runs as long as its kind.
 * - BLOCKED: started at `start_time` and was held for resources; goes on a little after `loadedAt`.
 * - RUNNING: started at `start_time`; its duration makes `progress` at `loadedAt` the record's.
 * The record has no queue time and the vendor gives no durations, so the amounts come from a
 * hash of the task id (the same every load) and the kind's durations in the generator.
 */
export function loadedRun(item: ListItem, loadedAt: number): Run | undefined {
  const { status, start_time: startTime, progress, service, operation } = item.info;
  const roll = unitHash(item.task);
  const [low, high] = findKind(service, operation)?.seconds ?? DEFAULT_SECONDS;
  const durationMs = Math.round((low + roll * (high - low)) * 1000);
  const start = startTime === undefined ? Number.NaN : Date.parse(startTime);
  switch (status) {
    case 'PENDING': {
      const waited = 1000 + Math.round(roll * 120_000);
      return { queuedAt: loadedAt - waited, startAfterMs: waited + 5000 + Math.round(roll * 55_000), durationMs, outcome: 'success' };
    }
    case 'BLOCKED':
      if (!(start <= loadedAt)) return undefined;
      return { queuedAt: start, startAfterMs: loadedAt - start + 30_000 + Math.round(roll * 270_000), durationMs, outcome: 'success' };
    case 'RUNNING': {
      const elapsed = loadedAt - start;
      if (!(elapsed > 0) || progress === undefined || progress.total !== 100 || !(progress.completed > 0 && progress.completed < 100)) return undefined;
      return { queuedAt: start, startAfterMs: 0, durationMs: Math.round((elapsed * 100) / progress.completed), outcome: 'success' };
    }
    default:
      return undefined;
  }
}

/** FNV-1a of the text, as a fraction in [0, 1). */
function unitHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash / 4294967296;
}
