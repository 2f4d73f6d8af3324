import { createRng } from '../../../src/runtime/rng';
import { TaskChanges } from '../../../src/state/task-changes';
import { createBase } from '../base';
import type { ListItem } from '../list-item';
import type { SnapserviceState } from '../state';
import { createView } from '../view';

/** The view of these records loaded at `loadedAt`, seen at `now` (default: `loadedAt`), with no changes. */
export function viewOf(records: readonly ListItem[], loadedAt = 0, now = loadedAt): SnapserviceState {
  const base = createBase({ records: { tasks: records }, loadedAt, rng: createRng(1), settings: {} });
  return createView({ base, changes: TaskChanges.NONE, now, settings: {} }).state;
}
