import type { LogEntry } from './log-entry';

const KINDS = new Set(['tasks', 'clock', 'reset', 'snapshot']);

/**
 * One state-file line as a LogEntry, its shape checked (what each change holds is checked by
 * the writer's own checks before it is replayed). Throws with the reason.
 */
export function readLogEntry(line: string): LogEntry {
  const value = JSON.parse(line) as unknown;
  if (!isObject(value) || !isObject(value['change']) || !isObject(value['clock'])) throw new Error('expected {"change": {...}, "clock": {...}}');
  const { change, clock } = value;
  if (!KINDS.has(String(change['kind']))) throw new Error(`unknown change kind ${JSON.stringify(change['kind'])}`);
  if (![clock['now'], clock['rate'], clock['wallAt']].every((n) => typeof n === 'number' && Number.isFinite(n))) throw new Error('the clock mark needs numbers now, rate and wallAt');
  if (change['kind'] === 'tasks' && (typeof change['vendor'] !== 'string' || !Array.isArray(change['writes']))) throw new Error('a tasks change needs vendor and writes');
  if (change['kind'] === 'tasks') for (const write of change['writes'] as unknown[]) checkWrite(write);
  if (change['kind'] === 'clock' && (typeof change['now'] !== 'number' || typeof change['rate'] !== 'number')) throw new Error('a clock change needs now and rate');
  if (change['kind'] === 'snapshot' && !isObject(change['snapshot'])) throw new Error('a snapshot change needs its snapshot');
  return value as unknown as LogEntry;
}

function checkWrite(write: unknown): void {
  if (!isObject(write)) throw new Error('a write must be an object');
  if (write['kind'] === 'remove' && typeof write['id'] === 'string') return;
  const task = write['task'];
  if (write['kind'] !== 'put' || !isObject(task) || typeof task['id'] !== 'string' || typeof task['tenant'] !== 'string' || !('task' in task)) {
    throw new Error('a write is {"kind": "put", "task": {id, tenant, task, run}} or {"kind": "remove", "id"}');
  }
  const run = task['run'];
  if (run !== undefined && run !== null && (!isObject(run) || !['queuedAt', 'startAfterMs', 'durationMs'].every((k) => typeof run[k] === 'number'))) {
    throw new Error('a run needs numbers queuedAt, startAfterMs and durationMs');
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
