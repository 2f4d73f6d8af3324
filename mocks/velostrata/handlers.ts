import type { Handler } from '../../src/dialect';
import { JsonText } from '../../src/http/reply';
import { cancelTask } from './cancel-task';
import type { VelostrataState } from './state';
import { taskNotFound } from './task-not-found';

/**
 * The Velostrata operations taskmock serves (specs/velostrata.yaml), each answering from the
 * current view (create-view.ts):
 * - `GET /tasks` (getActiveTasks): every active task as one page. Query parameters are
 *   ignored (api-facts 2.2: the operation declares none, as a Spring handler without
 *   `@RequestParam`), so the answer is the page the view prepared.
 * - `GET /tasks/{taskId}` (getTask): one task, the call published scripts poll (api-facts 8).
 * - `DELETE /tasks/{taskId}` (cancelTask): cancel-task.ts.
 */
export const handlers: Readonly<Record<string, Handler<VelostrataState>>> = {
  getActiveTasks: (ctx) => ({ status: 200, body: ctx.state.activePage }),
  getTask: (ctx) => {
    const id = String(ctx.params.path['taskId']);
    const json = ctx.state.taskJson(id);
    if (json === undefined) throw taskNotFound(id);
    return { status: 200, body: new JsonText(json) };
  },
  cancelTask,
};
