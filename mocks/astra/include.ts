import { MockError } from '../../src/errors/mock-error';
import { hasOwn, TASK_FIELDS } from './task-fields';
import type { AstraTask } from './astra-task';

/**
 * `include=id,name,state`: the top-level fields to return, in the order given (seed 003). The
 * spec's pattern has already checked the syntax; a name that is not a task field → 400 problem 5
 * (api-facts 4.7).
 */
export function parseInclude(value: string): readonly string[] {
  const fields = value.split(',');
  for (const field of fields) {
    if (!hasOwn(TASK_FIELDS, field)) {
      const reason = `Unknown field '${field}'.`;
      throw new MockError('invalid_parameter', reason, { param: 'include', reason });
    }
  }
  return fields;
}

/**
 * One task projected by `include`: the JSON array of the requested values, in the requested order
 * (seed 003: "the items JSON array will contain the fields requested for each matching resource
 * in the order specified"). An optional field the task lacks (e.g. `endTime` of a running task)
 * is `null`, so every position keeps its meaning.
 */
export function projectTask(task: AstraTask, fields: readonly string[]): string {
  const record = task as unknown as Record<string, unknown>;
  return JSON.stringify(fields.map((field) => record[field] ?? null));
}
