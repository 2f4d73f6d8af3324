import type { RequestParams, ViewInput } from '../../src/dialect';
import { WeakMemo } from '../../src/runtime/weak-memo';
import type { View } from '../../src/state/view-cache';
import type { CbrBase } from './cbr-base';
import type { ListPlan } from './list-plan';
import type { OperationLog } from './operation-log';
import { renderOperationLog } from './render-task';
import type { SelectionSource } from './select-rows';
import { buildExtras, type Extras } from './view-extras';
import { buildOverlay, HIDDEN, overlayIndex, type Overlay } from './view-overlay';

/**
 * What the CBR API serves at one moment (a view, src/state/view-cache.ts): the loaded base as
 * it is, the overlay of rows whose facts differ at `now` (runs, changed rows), the created and
 * changed tasks (extras), and every cache that depends on them: the plans (with their
 * answers) and the JSON of live rows rendered for a page. All of it dies with the view.
 */
export interface CbrState extends SelectionSource {
  readonly base: CbrBase;
  readonly now: number;
  readonly projects: ReadonlySet<string>;
  readonly tokens: ReadonlySet<string>;
  readonly extras: Extras;
  /** Each parameter set's ListPlan, by the route's params object (list-plan.ts). */
  readonly plans: WeakMemo<RequestParams, ListPlan>;
  /** The JSON of a loaded row as served now: its stored bytes, or its run rendered at `now`; undefined when hidden. */
  rowBytes(row: number): Uint8Array | undefined;
  /** Like rowBytes, but undefined for a row served as stored (pages take those from the store in runs). */
  renderedRow(row: number): Uint8Array | undefined;
  /** The task with this id as served now, with its project; undefined when none is served. */
  find(id: string): { readonly project: string; readonly bytes: Uint8Array } | undefined;
}

export function createView(input: ViewInput<CbrBase>): View<CbrState> {
  const { base, changes, now } = input;
  const overlay: Overlay = buildOverlay(base, changes, now);
  const extras = buildExtras(changes, now);
  const rendered = new Map<number, Buffer>();
  const idOf = (row: number): string => (JSON.parse(base.json.text(row)) as OperationLog).id;
  const renderedRow = (row: number): Buffer | undefined => {
    const at = overlayIndex(overlay, row);
    const run = at < 0 ? undefined : base.liveRuns[overlay.run[at] as number];
    if (run === undefined) return undefined;
    let bytes = rendered.get(row);
    if (bytes === undefined) {
      const task = renderOperationLog(JSON.parse(base.json.text(row)) as OperationLog, run, now);
      rendered.set(row, (bytes = Buffer.from(JSON.stringify(task), 'utf8')));
    }
    return bytes;
  };
  const state: CbrState = {
    base,
    now,
    columns: base.columns,
    overlay,
    idOf,
    projects: projectsOf(base, extras),
    tokens: base.tokens,
    extras,
    plans: new WeakMemo(),
    rowBytes: (row) => {
      const at = overlayIndex(overlay, row);
      if (at >= 0 && overlay.status[at] === HIDDEN) return undefined;
      return renderedRow(row) ?? base.json.bytes(row);
    },
    renderedRow,
    find: (id) => {
      // A changed id is served from the extras only (null: removed; absent: not queued yet).
      if (changes.has(id)) return extras.byId.get(id);
      const row = base.ids.rowOf(id);
      const bytes = row < 0 ? undefined : state.rowBytes(row);
      return bytes && { project: (JSON.parse(base.json.text(row)) as OperationLog).project_id, bytes };
    },
  };
  return { state, validUntil: Math.min(overlay.validUntil, extras.validUntil) };
}

/** The loaded projects, and those of created tasks unless the settings fixed the list. */
function projectsOf(base: CbrBase, extras: Extras): ReadonlySet<string> {
  if (base.fixedProjects || extras.byProject.size === 0) return base.projects;
  return new Set([...base.projects, ...extras.byProject.keys()]);
}
