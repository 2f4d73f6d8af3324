import type { StoredTask, TaskSource } from '../../src/state/stored-task';
import type { CbrBase } from './cbr-base';
import type { OperationLog } from './operation-log';

/**
 * The loaded tasks as the core reads them (admin API, snapshots), in answer order. Nothing is
 * made at start-up: a task is decoded from its stored JSON when asked for, so a million-task
 * base costs no million objects. The tenant is the task's project.
 */
export function baseTasks(base: CbrBase): TaskSource {
  const at = (row: number): StoredTask => {
    const task = JSON.parse(base.json.text(row)) as OperationLog;
    return { id: task.id, tenant: task.project_id, task, run: runOf(base, row) };
  };
  return {
    size: base.json.size,
    at: (index) => {
      if (!Number.isInteger(index) || index < 0 || index >= base.json.size) throw new RangeError(`no task at ${index}`);
      return at(index);
    },
    get: (id) => {
      const row = base.ids.rowOf(id);
      return row < 0 ? undefined : at(row);
    },
    indexOf: (id) => base.ids.rowOf(id),
    indexesOf: (project) => base.rowsByProject.get(project) ?? NO_ROWS,
  };
}

const NO_ROWS = new Int32Array(0);

/** The run of a loaded row, when it had not finished at the data set's moment (binary search). */
function runOf(base: CbrBase, row: number): StoredTask['run'] {
  const rows = base.liveRows;
  let lo = 0;
  let hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = rows[mid] as number;
    if (at === row) return base.liveRuns[mid];
    if (at < row) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}
