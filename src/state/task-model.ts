import type { Rng } from '../runtime/rng';
import type { Run } from './run';
import type { StoredTask } from './stored-task';

/** What a vendor is given to make a task from a partial one (admin create, a task arriving). */
export interface CompleteInput {
  /** The partial task in the vendor's own shape; what is missing is filled in realistically. */
  readonly task: Readonly<Record<string, unknown>>;
  /** The tenant asked for, or undefined for the vendor's default (demo) tenant. */
  readonly tenant: string | undefined;
  readonly run: Run;
  readonly now: number;
  readonly rng: Rng;
}

/**
 * How the core drives one vendor's tasks, apart from serving them (that is the view's job):
 * the admin API, arrivals and the state file use only this. Each vendor maps the one lifecycle
 * (lifecycle.ts) to its own words in `render`.
 */
export interface TaskModel {
  /** Component schema (in the vendor's spec) every stored task must satisfy. */
  readonly schema: string;
  /** A complete, valid task from a partial one, with its id and tenant. */
  complete(input: CompleteInput): StoredTask;
  /** The task as the vendor's API shows it at `now`: the stored task with its run applied. */
  render(task: StoredTask, now: number): unknown;
  /**
   * A realistic new task, as the vendor's users start them (taskmock's arrivals): a partial
   * task to `complete`, and its run.
   */
  arrival(now: number, rng: Rng): { readonly task: Readonly<Record<string, unknown>>; readonly run: Run };
  /** New tasks per simulated hour under `serve` by default (0: none). */
  readonly arrivalsPerHour: number;
}
