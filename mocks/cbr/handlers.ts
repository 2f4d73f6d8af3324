import type { Handler, RequestContext } from '../../src/dialect';
import { JsonChunks, utf8, type Reply } from '../../src/http/reply';
import type { CbrState } from './cbr-view';
import { JSON_CONTENT_TYPE } from './json-content-type';
import { ListPlan } from './list-plan';
import { pageChunks } from './page-chunks';
import { selectRows } from './select-rows';
import { showOpLog } from './show-op-log';

const HEAD = utf8('{"operation_logs":[');

/**
 * `GET /v3/{project_id}/operation-logs` (ListOpLogs, seed 004). Parameters arrive validated by
 * the spec (400 otherwise); undeclared query parameters are ignored, as Huawei's APIs ignore
 * unknown parameters. The body is joined from the tasks' pre-serialised JSON.
 */
export function listOpLogs(ctx: RequestContext<CbrState>): Reply {
  const { state } = ctx;
  const plan = state.plans.get(ctx.params, (params) => new ListPlan(state, params));
  if (plan.answer) return { status: 200, headers: JSON_CONTENT_TYPE, body: new JsonChunks(plan.answer) };
  const { count, page } = selectRows(state, plan.rows, plan.extras, plan.filter, ctx.clock.now(), plan.window);
  const chunks = pageChunks(state, page, plan.extras, HEAD, plan.tail(count));
  if (plan.filter.none) plan.answer = chunks;
  return { status: 200, headers: JSON_CONTENT_TYPE, body: new JsonChunks(chunks) };
}

export const handlers: Readonly<Record<string, Handler<CbrState>>> = { listOpLogs, showOpLog };
