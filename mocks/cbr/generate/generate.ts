import type { GenerateOptions } from '../../../src/dialect';
import type { Rng } from '../../../src/runtime/rng';
import { createFleet, type Fleet } from './fleet';
import { makeTask } from './make-task';
import type { OperationLog } from '../operation-log';

/** The seed's own example body (seed 004 "响应示例"), served verbatim so its request returns it. */
export const SEED_EXAMPLE_FILE = 'listOpLogs.200.seed.json';

/**
 * The CBR data set: `count` generated tasks (demo project, plus a few in a second project) and
 * the seed document's example task, verbatim. Everything random comes from `rng`, every time
 * from `now`: the same options give the same tasks. The tasks are made as they are consumed,
 * so a million of them never sit in memory at once.
 */
export function generate(options: GenerateOptions): { operationLogs: Iterable<OperationLog> } {
  const fleet = createFleet(options.rng);
  return { operationLogs: tasks(options.rng, fleet, options) };
}

function* tasks(rng: Rng, fleet: Fleet, options: GenerateOptions): Generator<OperationLog> {
  for (let i = 0; i < options.count; i += 1) yield makeTask(rng, fleet, options.now);
  yield* seedTasks(options);
}

export function seedTasks(options: Pick<GenerateOptions, 'docExample'>): OperationLog[] {
  const body = options.docExample(SEED_EXAMPLE_FILE) as { operation_logs: OperationLog[] };
  return body.operation_logs;
}
