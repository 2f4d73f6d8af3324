import type { JsonText } from '../../src/http/reply';
import type { StoredTask, TaskSource } from '../../src/state/stored-task';
import type { Credentials } from './auth';

/** The one Velostrata Manager taskmock plays (decisions.md "Demo tenants": Velostrata has one manager). */
export const MANAGER_TENANT = 'manager';

/** The loaded data set, immutable (createBase, load-base.ts). */
export interface VelostrataBase {
  /** Every loaded task in list order (task-order.ts), with its run when it is still at work. */
  readonly tasks: readonly StoredTask[];
  readonly source: TaskSource;
  /** Index in `tasks` by task id. */
  readonly indexById: ReadonlyMap<string, number>;
  /** The JSON of each task without a run (served as stored, whatever the clock), by index. */
  readonly json: readonly (string | undefined)[];
  /** Indexes of the tasks with a run: the only ones a view renders again. */
  readonly live: readonly number[];
  /** Indexes of the tasks without a run in an active state (a record no run could be inferred for). */
  readonly staticActive: readonly number[];
  readonly credentials: Credentials;
}

/** What the API serves at one moment (createView, create-view.ts); dies with the view. */
export interface VelostrataState {
  /** The JSON of the task with this id as the API shows it now; undefined when there is none or it is not visible yet. */
  taskJson(id: string): string | undefined;
  /**
   * The whole answer of `GET /tasks`, ready to write: the active set changes only when a
   * task's state does or the clock moves, so it is built once per view, not per request.
   */
  readonly activePage: JsonText;
  readonly credentials: Credentials;
}
