import type { TaskModel } from '../../src/state/task-model';
import { completeTask, pickKind } from './complete-task';
import { renderTask } from './render-task';

/**
 * Snapservice tasks as the admin API, arrivals and the state file drive them: stored as list
 * items (`ListItem`, the fixture's schema), shown through their run (render-task.ts).
 */
export const snapserviceTasks: TaskModel = {
  schema: 'ListItem',
  complete: completeTask,
  render: renderTask,
  /**
   * A task a user or a schedule starts now: a service and operation in the data set's shares,
   * as long as its kind takes, failing at its kind's rate (a few in a hundred).
   */
  arrival(now, rng) {
    const kind = pickKind(rng);
    const [low, high] = kind.seconds;
    const durationMs = Math.round((low + rng.next() * (high - low)) * 1000);
    const outcome = rng.next() < kind.failRate ? 'failure' : 'success';
    return { task: { info: { service: kind.service, operation: kind.operation } }, run: { queuedAt: now, startAfterMs: rng.int(3000), durationMs, outcome } };
  },
  // The data set holds about two tasks an hour (1300 over 30 days); taskmock shows one a minute
  // so that someone watching `serve` sees the list move.
  arrivalsPerHour: 60,
};
