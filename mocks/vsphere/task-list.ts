import type { Listing } from './filters';
import { newestTaskFirst, type IndexedTask } from './indexed-task';

/**
 * A newest-first list of tasks as the handlers read it: its length, a page of it, a filtered
 * copy. A plain array is one; `mergedList` is another, which a view builds in O(k log n)
 * for k changed tasks over a base list of n, instead of copying the n.
 */
export type TaskList = Listing<IndexedTask>;

type Segment = { readonly at: number } & ({ readonly from: number; readonly to: number } | { readonly task: IndexedTask });

/**
 * `long` (newest first) without the tasks in `hidden` (looked up by their place in the order,
 * so a hidden task `long` does not hold is ignored), with `few` (newest first) merged in: a
 * few segments (runs of `long`, single tasks) with their offsets, not a copy.
 */
export function mergedList(long: readonly IndexedTask[], hidden: readonly IndexedTask[], few: readonly IndexedTask[]): TaskList {
  if (few.length === 0 && hidden.length === 0) return long;
  // Cuts in `long`: a task inserted before long[pos] (first at a place), or long[pos] left out.
  const cuts: { pos: number; task?: IndexedTask }[] = [];
  for (const task of hidden) {
    const pos = placeOf(long, task);
    if (long[pos] === task) cuts.push({ pos });
  }
  for (const task of few) cuts.push({ pos: placeOf(long, task), task });
  cuts.sort((a, b) => a.pos - b.pos || (a.task ? (b.task ? newestTaskFirst(a.task, b.task) : -1) : b.task ? 1 : 0));
  const segments: Segment[] = [];
  let at = 0;
  let cursor = 0;
  const run = (to: number) => {
    if (to > cursor) segments.push({ at, from: cursor, to });
    at += Math.max(0, to - cursor);
  };
  for (const cut of cuts) {
    run(cut.pos);
    if (cut.task) {
      segments.push({ at, task: cut.task });
      at += 1;
      cursor = Math.max(cursor, cut.pos);
    } else {
      cursor = Math.max(cursor, cut.pos + 1);
    }
  }
  run(long.length);
  return new MergedList(long, segments, at);
}

class MergedList implements Listing<IndexedTask> {
  constructor(
    private readonly long: readonly IndexedTask[],
    private readonly segments: readonly Segment[],
    readonly length: number,
  ) {}

  slice(start: number, end: number): IndexedTask[] {
    const out: IndexedTask[] = [];
    const stop = Math.min(end, this.length);
    for (let s = this.segmentAt(start); s < this.segments.length && start + out.length < stop; s += 1) {
      const segment = this.segments[s] as Segment;
      if ('task' in segment) {
        out.push(segment.task);
        continue;
      }
      const from = segment.from + Math.max(0, start + out.length - segment.at);
      const to = Math.min(segment.to, from + (stop - start - out.length));
      for (let i = from; i < to; i += 1) out.push(this.long[i] as IndexedTask);
    }
    return out;
  }

  filter(keep: (task: IndexedTask) => boolean): IndexedTask[] {
    return this.slice(0, this.length).filter(keep);
  }

  /** The segment holding merged index `index` (the last whose offset is at most it). */
  private segmentAt(index: number): number {
    let lo = 0;
    let hi = this.segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((this.segments[mid] as Segment).at <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/** The first place in `list` whose task does not come before `task` (binary search in the order). */
function placeOf(list: readonly IndexedTask[], task: IndexedTask): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (newestTaskFirst(list[mid] as IndexedTask, task) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
