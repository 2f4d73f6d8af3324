import type { Rng } from '../../src/runtime/rng';
import type { Outcome, Run } from '../../src/state/run';
import type { TaskModel } from '../../src/state/task-model';
import { completeTask, pickKind } from './complete-task';
import { renderTask } from './render-task';

const MINUTE = 60_000;

/**
 * How the admin API, arrivals and the state file drive Velostrata tasks. New tasks arrive as
 * a busy Manager's users start them: about one a minute, each running its type's usual time
 * (task-catalogue.ts), most succeeding, some failing, a few cancelled (the generator's mix).
 */
export const velostrataTasks: TaskModel = {
  schema: 'TaskDescription',
  complete: completeTask,
  render: renderTask,
  arrival,
  arrivalsPerHour: 60,
};

const OUTCOME_WEIGHTS: readonly (readonly [Outcome, number])[] = [
  ['success', 84],
  ['failure', 10],
  ['cancelled', 6],
];

function arrival(now: number, rng: Rng): { task: Record<string, unknown>; run: Run } {
  const kind = pickKind(rng);
  const [low, high] = kind.minutes;
  const durationMs = (low + rng.int(high - low + 1)) * MINUTE + rng.int(MINUTE);
  return { task: { taskType: kind.type }, run: { queuedAt: now, startAfterMs: 0, durationMs, outcome: rng.weighted(OUTCOME_WEIGHTS) } };
}
