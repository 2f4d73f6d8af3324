import type { DialectSetup, ViewInput } from '../dialect';
import { MockError } from '../errors/mock-error';
import { EMPTY_SOURCE, type TaskSource } from './stored-task';
import type { TaskModel } from './task-model';
import type { View } from './view-cache';

/**
 * TRANSITIONAL: the seam parts of a vendor not yet moved onto the task store: its old
 * load-time state served as a view that never changes, no base tasks, and a task model that
 * refuses every admin write. Removed once every vendor builds views from the store.
 */
export function frozenParts<S>(vendor: string, createState: (setup: DialectSetup) => S) {
  const refuse = (): never => {
    throw new MockError('internal', `${vendor} does not take admin task writes yet`);
  };
  const tasks: TaskModel = { schema: '', complete: refuse, render: refuse, arrival: refuse, arrivalsPerHour: 0 };
  return {
    createBase: createState,
    baseTasks: (): TaskSource => EMPTY_SOURCE,
    createView: (input: ViewInput<S>): View<S> => ({ state: input.base, validUntil: Number.POSITIVE_INFINITY }),
    tasks,
  };
}
