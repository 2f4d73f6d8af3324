import type { Rng } from '../../../src/runtime/rng';

/** Where one generated task goes: its key number, when it was queued, and a forced state. */
export interface Slot {
  readonly key: number;
  readonly queueMs: number;
  /** Queued or running at `now`; otherwise the task has finished... */
  readonly state?: 'queued' | 'running';
  /** ...by this time at the latest (the newest tasks must finish before `now`). */
  readonly doneByMs?: number;
  /** Among the newest tasks: 0 for the newest, 1 for the one before... (recent-scene.ts casts them). */
  readonly age?: number;
}

/** A fixed (document) task the generated ones fit around. */
export interface Anchor {
  readonly key: number;
  readonly queueMs: number;
  readonly completeMs: number;
}

const MINUTE = 60_000;
/**
 * Newest tasks, after the newest anchor: one queued, two running, the rest just finished. Eight,
 * so the recent list holds the scene of recent-scene.ts (five failures besides those three).
 */
const RECENT = 8;
/**
 * Between the two newest anchors (task-3247 and task-3276): none. With RECENT, 8 generated tasks
 * are newer than task-3247, so the default request (page_size=10) still shows both document
 * tasks (the eight, task-3276, then task-3247): no room for more.
 */
const LATE = 0;
/** Share of the rest between older anchors (the night of 30-31 August); the rest is history. */
const BETWEEN_SHARE = 0.3;
/**
 * History is queued at least this long before the oldest anchor and no task runs over 9
 * minutes, so it has left the 10-minute window by the document's own time (clock at
 * 2021-08-30T11:41:30Z): there `root_recent` answers the document's three tasks and no other.
 */
const HISTORY_MARGIN_MS = 30 * MINUTE;
/** Gaps between anchors at least this long get tasks of their own. */
const GAP_MS = 60 * MINUTE;
/** Keys of history that no longer fits below the oldest anchor (data sets of thousands). */
const OVERFLOW_BASE = 1_000_000;

/**
 * Plans `count` tasks around the anchors so that task keys grow with time as vCenter's do:
 * history below the oldest anchor, some tasks in the long gaps between anchors, a few after
 * the newest one up to `now`. Every slot is ordered, distinct and before `now`.
 */
export function planSlots(rng: Rng, count: number, now: number, anchorList: readonly Anchor[]): Slot[] {
  const anchors = [...anchorList].sort((a, b) => a.key - b.key);
  const first = anchors[0];
  const last = anchors[anchors.length - 1];
  if (!first || !last) throw new Error('vsphere: the document examples hold no task');
  const recent = Math.min(RECENT, count);
  const gaps = anchors.slice(1).map((next, i) => ({ prev: anchors[i] as Anchor, next })).filter(({ prev, next }) => next.queueMs - prev.completeMs > GAP_MS && next.key - prev.key > 1);
  const late = Math.min(LATE, count - recent, gaps.length > 0 ? Infinity : 0);
  const older = gaps.slice(0, -1);
  const room = older.reduce((sum, g) => sum + Math.floor((g.next.key - g.prev.key - 1) / 2), 0);
  const between = Math.min(room, Math.floor((count - recent - late) * BETWEEN_SHARE));
  const slots: Slot[] = [...history(rng, count - recent - late - between, first)];
  const span = older.reduce((sum, g) => sum + (g.next.queueMs - g.prev.completeMs), 0);
  let left = between;
  older.forEach((gap, i) => {
    const n = i === older.length - 1 ? left : Math.min(left, Math.round((between * (gap.next.queueMs - gap.prev.completeMs)) / span));
    left -= n;
    slots.push(...inGap(rng, n, gap.prev, gap.next));
  });
  const lastGap = gaps[gaps.length - 1];
  if (lastGap) slots.push(...inGap(rng, late, lastGap.prev, lastGap.next));
  slots.push(...newest(rng, recent, last, now));
  return slots;
}

/**
 * Oldest first; keys step down 1-3 from the oldest anchor, times 20 minutes apart on average
 * (closer for big data sets, so they span at most about 120 days). Past task-1 the oldest
 * tasks take keys from OVERFLOW_BASE up: only data sets of thousands get there.
 */
function history(rng: Rng, n: number, first: Anchor): Slot[] {
  const out: Slot[] = [];
  const spacing = Math.min(20 * MINUTE, (120 * 24 * 60 * MINUTE) / Math.max(n, 1));
  const fit = Math.min(n, first.key - 1);
  let key = first.key;
  let time = first.queueMs - HISTORY_MARGIN_MS;
  for (let i = 0; i < n; i += 1) {
    if (i < fit) key -= 1 + rng.int(Math.min(3, key - (fit - i)));
    out.push({ key: i < fit ? key : OVERFLOW_BASE + n - i, queueMs: Math.round(time) });
    time -= spacing * (0.2 + 1.6 * rng.next());
  }
  return out.reverse();
}

/** `n` distinct keys and times strictly between two anchors, both ascending. */
function inGap(rng: Rng, n: number, prev: Anchor, next: Anchor): Slot[] {
  const keys = sampleDistinct(rng, prev.key + 1, next.key - 1, n);
  const from = prev.completeMs + 2 * MINUTE;
  const to = next.queueMs - 10 * MINUTE;
  const times = Array.from({ length: n }, () => Math.round(from + rng.next() * (to - from))).sort((a, b) => a - b);
  return keys.map((key, i) => ({ key, queueMs: times[i] as number }));
}

/** The last few minutes before `now`: the newest is queued, the next two run, the rest are done. */
function newest(rng: Rng, n: number, last: Anchor, now: number): Slot[] {
  const from = Math.max(last.queueMs + 30_000, now - 5 * MINUTE);
  const to = Math.max(from, now - 5_000);
  const times = Array.from({ length: n }, () => Math.round(from + rng.next() * (to - from))).sort((a, b) => a - b);
  let key = last.key;
  return times.map((queueMs, i) => {
    key += 1 + rng.int(2);
    const age = n - 1 - i;
    if (age === 0) return { key, queueMs, age, state: 'queued' as const };
    if (age <= 2) return { key, queueMs, age, state: 'running' as const };
    return { key, queueMs, age, doneByMs: now - 1_000 };
  });
}

/** `n` distinct integers from [lo, hi], ascending (partial Fisher-Yates over the range). */
function sampleDistinct(rng: Rng, lo: number, hi: number, n: number): number[] {
  const pool = Array.from({ length: Math.max(0, hi - lo + 1) }, (_, i) => lo + i);
  const take = Math.min(n, pool.length);
  for (let i = 0; i < take; i += 1) {
    const j = i + rng.int(pool.length - i);
    [pool[i], pool[j]] = [pool[j] as number, pool[i] as number];
  }
  return pool.slice(0, take).sort((a, b) => a - b);
}
