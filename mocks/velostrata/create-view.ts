import type { ViewInput } from '../../src/dialect';
import { nextChangeAt, runStateAt } from '../../src/state/lifecycle';
import type { StoredTask } from '../../src/state/stored-task';
import type { View } from '../../src/state/view-cache';
import { isActive } from './filters';
import { toSinglePage } from './paging';
import { renderTask } from './render-task';
import type { VelostrataBase, VelostrataState } from './state';
import type { TaskDescription } from './task-description';
import { compareTasks } from './task-order';

interface Shown {
  readonly task: TaskDescription;
  readonly json: string;
}

/**
 * What the API serves at `now`: the base with the changes merged. Only tasks with a run and
 * changed tasks are rendered and serialised again (a few dozen); a static task's JSON is the
 * base's. The view is true until the first of those runs next changes (nextChangeAt: a phase,
 * or a progress step while running).
 */
export function createView({ base, changes, now }: ViewInput<VelostrataBase>): View<VelostrataState> {
  const rendered = new Map<string, string | undefined>();
  const active: Shown[] = [];
  let validUntil = Number.POSITIVE_INFINITY;
  const show = (stored: StoredTask): void => {
    const run = stored.run;
    if (run !== undefined) {
      validUntil = Math.min(validUntil, nextChangeAt(run, now));
      // Scheduled (queued in the future): in no list, and its URL is a 404 until then.
      if (runStateAt(run, now).phase === 'scheduled') return void rendered.set(stored.id, undefined);
    }
    const task = renderTask(stored, now);
    const json = JSON.stringify(task);
    rendered.set(stored.id, json);
    if (isActive(task)) active.push({ task, json });
  };
  for (const index of base.live) {
    const stored = base.tasks[index];
    if (stored !== undefined && !changes.has(stored.id)) show(stored);
  }
  for (const index of base.staticActive) {
    const stored = base.tasks[index];
    const json = base.json[index];
    if (stored !== undefined && json !== undefined && !changes.has(stored.id)) active.push({ task: stored.task as TaskDescription, json });
  }
  for (const stored of changes.tasks()) show(stored);
  active.sort((a, b) => compareTasks(a.task, b.task));
  const taskJson = (id: string): string | undefined => {
    if (rendered.has(id)) return rendered.get(id);
    if (changes.get(id) === null) return undefined;
    const index = base.indexById.get(id);
    return index === undefined ? undefined : base.json[index];
  };
  const state: VelostrataState = { taskJson, activePage: toSinglePage(active.map((s) => s.json)), credentials: base.credentials };
  return { state, validUntil };
}
