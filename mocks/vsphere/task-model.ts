import type { Rng } from '../../src/runtime/rng';
import type { Outcome, Run } from '../../src/state/run';
import type { TaskModel } from '../../src/state/task-model';
import { completeTask } from './complete-task';
import { startDelay } from './generate/make-task';
import { pickKind, type TaskKind } from './generate/task-catalogue';
import { renderTask } from './render-task';

/**
 * New tasks per simulated hour: the data set's last minutes hold eight tasks in five
 * (generate/timeline.ts), about 90 an hour on the demo vCenter.
 */
const ARRIVALS_PER_HOUR = 90;

/** The platform's tasks for the admin API, arrivals and the state file (decisions.md, "The admin API"). */
export const vsphereTasks: TaskModel = {
  schema: 'TaskItem',
  complete: completeTask,
  render: renderTask,
  arrival,
  arrivalsPerHour: ARRIVALS_PER_HOUR,
};

/**
 * A task as the demo's users start them, drawn like the generator's history
 * (generate/make-task.ts): a kind by weight, its start delay, a running time within its range;
 * about one in ten of the kinds that can fail fails (a fault of its kind, or a user's cancel
 * for cancelable ones), sooner than a success would have taken.
 */
function arrival(now: number, rng: Rng): { readonly task: Readonly<Record<string, unknown>>; readonly run: Run } {
  const kind = pickKind(rng.next());
  const outcome = outcomeOf(kind, rng);
  const [min, max] = kind.seconds;
  const full = min * Math.pow(max / min, rng.next()) * 1000;
  const durationMs = Math.round(outcome === 'success' ? full : full * (0.02 + 0.5 * rng.next()));
  return { task: { task: { DescriptionId: kind.descriptionId } }, run: { queuedAt: now, startAfterMs: startDelay(rng, kind), durationMs, outcome } };
}

function outcomeOf(kind: TaskKind, rng: Rng): Outcome {
  const canFail = kind.faults.length > 0 || kind.cancelable;
  if (!canFail || rng.next() >= 0.1) return 'success';
  return kind.cancelable && (kind.faults.length === 0 || rng.next() < 0.35) ? 'cancelled' : 'failure';
}
