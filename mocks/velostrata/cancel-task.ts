import type { HandlerReply, RequestContext } from '../../src/dialect';
import { cancelRun, runStateAt } from '../../src/state/lifecycle';
import { deriveTask } from './render-task';
import type { VelostrataState } from './state';
import type { TaskDescription } from './task-description';
import { taskNotFound } from './task-not-found';

/**
 * `DELETE /tasks/{taskId}` (Cancel Task, v2.5 yaml `restCancelTaskUsingDELETE`: 202 Accepted
 * or 204 No Content, no body). A task at work is cancelled: 202, and it reads `Cancelling` at
 * once (`Cancelled` at once when it had not begun its work), `Cancelled` when the wind-down is
 * over (cancelRun). A task with nothing to cancel (finished, or already failing or being
 * cancelled) answers 204 and does not change: a DELETE may be repeated (RFC 9110 9.2.2), and a
 * client racing a task's end should not have to handle an error (spec `cancelTask`). An unknown
 * id, or a task not visible yet, is a 404.
 */
export function cancelTask(ctx: RequestContext<VelostrataState>): HandlerReply {
  const id = String(ctx.params.path['taskId']);
  const stored = ctx.state.taskJson(id) === undefined ? undefined : ctx.storedTask(id);
  if (stored === undefined) throw taskNotFound(id);
  const now = ctx.clock.now();
  const run = stored.run;
  // A task without a run is served as stored, whatever the clock (a finished one of the data set, or a
  // loaded record no run could be inferred for, infer-run.ts): nothing a cancel can change.
  if (run === undefined) return { status: 204 };
  const at = runStateAt(run, now);
  if (at.phase === 'ending' || at.phase === 'done') return { status: 204 };
  const cancelled = cancelRun(run, now);
  // The task as it is at the cancel, marked as winding down: it keeps this progress until Cancelled (render-task.ts).
  const current: TaskDescription = { ...(stored.task as TaskDescription), state: 'Cancelling', progress: at.phase === 'running' ? Math.floor(at.progress) : 0 };
  return { status: 202, writes: [{ kind: 'put', task: { ...stored, task: deriveTask(current, cancelled, now), run: cancelled } }] };
}
