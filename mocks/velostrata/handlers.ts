import type { Handler } from '../../src/dialect';
import type { VelostrataState } from './state';

/**
 * `GET /velostrata/api/v42/tasks` (getActiveTasks): every active task as one page. Query
 * parameters are ignored (api-facts 2.2: the operation declares none, as a Spring handler
 * without `@RequestParam`), so the answer is the page the current view prepared (create-view.ts).
 */
export const handlers: Readonly<Record<string, Handler<VelostrataState>>> = {
  getActiveTasks: (ctx) => ({ status: 200, body: ctx.state.activePage }),
};
