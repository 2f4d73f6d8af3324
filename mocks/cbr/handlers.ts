import type { Handler, RequestContext } from '../../src/dialect';
import { JsonChunks, utf8, type Reply } from '../../src/http/reply';
import { selectRows } from './filters';
import { JSON_CONTENT_TYPE } from './json-content-type';
import { ListPlan } from './list-plan';
import type { CbrState } from './state';

const HEAD = utf8('{"operation_logs":[');

/**
 * `GET /v3/{project_id}/operation-logs` (ListOpLogs, seed 004). Parameters arrive validated by
 * the spec (400 otherwise); undeclared query parameters are ignored, as Huawei's APIs ignore
 * unknown parameters. The body is joined from the tasks' pre-serialised JSON.
 */
export function listOpLogs(ctx: RequestContext<CbrState>): Reply {
  const { state } = ctx;
  const plan = state.plans.get(ctx.params, (params) => new ListPlan(state, params));
  const { count, page } = selectRows(state.columns, plan.rows, plan.filter, ctx.clock.now(), plan.window);
  return { status: 200, headers: JSON_CONTENT_TYPE, body: new JsonChunks(state.json.arrayChunks(page, HEAD, plan.tail(count))) };
}

export const handlers: Readonly<Record<string, Handler<CbrState>>> = { listOpLogs };
