import { DEFAULT_DURATION_MS, isRenderableTime, type Run } from '../../src/state/run';
import { typicalMs } from './outcome-fields';
import type { TaskItem } from './types';

/**
 * How long a task the data set shows `queued` still waits after the data set's moment. vCenter
 * queues a task when its threads are busy (TaskInfoState `queued`, api-facts 1.5) and starts
 * it when one frees up: a few seconds on the demo's three hosts.
 */
export const QUEUED_WAIT_MS = 5_000;

/**
 * The run of a loaded record that is not finished at `loadedAt` (the data set's moment), so
 * that under `serve` it moves on and finishes: queued from its QueueTime; a running one
 * started at its StartTime and lasts so long that its progress at `loadedAt` is the record's
 * `Progress` (the middle of that percent); a queued one starts QUEUED_WAIT_MS after
 * `loadedAt` and runs its kind's typical time. The record does not say how it ends: success.
 * A finished record has no run (served as stored), nor has one whose times cannot be placed.
 */
export function inferRun(item: TaskItem, loadedAt: number): Run | undefined {
  const info = item.task;
  if (info.State !== 'queued' && info.State !== 'running') return undefined;
  const queuedAt = Date.parse(info.QueueTime);
  // A record whose queue time the clock cannot place before the data set's moment (a data set
  // made by other means) is served as stored.
  if (!isRenderableTime(queuedAt) || queuedAt > loadedAt) return undefined;
  if (info.State === 'queued') {
    const startAfterMs = Math.max(0, loadedAt - queuedAt) + QUEUED_WAIT_MS;
    return { queuedAt, startAfterMs, durationMs: typicalMs(info.DescriptionId, DEFAULT_DURATION_MS), outcome: 'success' };
  }
  const started = info.StartTime === null ? Number.NaN : Date.parse(info.StartTime);
  const start = Number.isFinite(started) ? Math.min(loadedAt, Math.max(queuedAt, started)) : queuedAt;
  const elapsed = Math.max(0, loadedAt - start);
  const durationMs = Math.max(elapsed + 1, Math.round((elapsed * 100) / (info.Progress + 0.5)));
  return { queuedAt, startAfterMs: start - queuedAt, durationMs, outcome: 'success' };
}
