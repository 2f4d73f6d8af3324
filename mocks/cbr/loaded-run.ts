import type { Run } from '../../src/state/run';
import { RUN_TIME } from './generate/task-timing';
import { hashBetween } from './text-hash';
import type { OperationType, TaskStatus } from './vocabulary';

/** What a loaded record says about a task that had not finished when the data set was made. */
export interface OpenRecord {
  readonly id: string;
  readonly type: OperationType | undefined;
  readonly status: TaskStatus;
  readonly createdAt: number;
  readonly startedAt: number;
  /** `extra_info.common.progress`, when the record has one. */
  readonly progress: number | undefined;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/**
 * The run of a loaded task still waiting or running at `loadedAt` (the data set's moment), so
 * that under `serve` it goes on and finishes: queued at its `created_at`; a running task
 * started at its `started_at` and lasts so long that its progress at `loadedAt` is the
 * record's; a waiting one starts 30 s to 5 min after `loadedAt` and runs as long as a task of
 * its type does (generate/task-timing.ts). Both succeed: the record says nothing of failing.
 * The choices are drawn from the task id, so the same data set always gives the same runs.
 * Undefined for a finished task (served as stored).
 */
export function loadedRun(record: OpenRecord, loadedAt: number): Run | undefined {
  if (record.status !== 'waiting' && record.status !== 'running') return undefined;
  const queuedAt = Math.min(record.createdAt, record.startedAt);
  const [min, max] = RUN_TIME[record.type ?? 'backup'];
  const typical = hashBetween(record.id, min, max);
  if (record.status === 'waiting') {
    const startAfterMs = Math.max(0, loadedAt - queuedAt) + hashBetween(`${record.id}/start`, 30 * SECOND, 5 * MINUTE);
    return { queuedAt, startAfterMs, durationMs: typical, outcome: 'success' };
  }
  const start = record.startedAt;
  const elapsed = loadedAt - start;
  const progress = record.progress;
  // A record without progress, or one that started at or after loadedAt: a typical run from its start.
  if (elapsed <= 0 || progress === undefined) return { queuedAt, startAfterMs: start - queuedAt, durationMs: Math.max(typical, elapsed + MINUTE), outcome: 'success' };
  return { queuedAt, startAfterMs: start - queuedAt, durationMs: durationFor(elapsed, progress), outcome: 'success' };
}

/**
 * The whole number of ms after which `elapsed` ms is `progress` percent, as CBR's whole-number
 * progress reads it: floor(100 × elapsed / duration) = progress. 0 % is a run barely begun;
 * 100 % on a running task (the lifecycle holds a run below 100 until it is done) reads 99.
 */
export function durationFor(elapsed: number, progress: number): number {
  const target = Math.min(99, Math.max(0, Math.floor(progress)));
  if (target === 0) return elapsed * 100 + MINUTE;
  // Checked with the lifecycle's own arithmetic (lifecycle.ts progressAt), not merely on paper.
  const shown = (duration: number): number => Math.floor(Math.min(99.99, (elapsed / duration) * 100));
  let duration = Math.floor((elapsed * 100) / target);
  while (duration > 1 && shown(duration) < target) duration -= 1;
  while (shown(duration) > target) duration += 1;
  return duration;
}
