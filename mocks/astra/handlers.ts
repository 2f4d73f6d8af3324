import type { Handler, RequestContext } from '../../src/dialect';
import { MockError } from '../../src/errors/mock-error';
import { JsonChunks, utf8, type Reply } from '../../src/http/reply';
import { projectTask } from './include';
import { ListPlan } from './list-plan';
import { ASTRA_TASKS_MEDIA_TYPE, JSON_MEDIA_TYPE, negotiateMediaType } from './negotiate-media-type';
import { sortTasks } from './order-by';
import { pageWindow } from './paging';
import type { AstraState, StoredTask } from './state';

/** The collection's own `type` and `version` (seed 003 example), then the items. */
const LIST_HEAD = utf8('{"type":"application/astra-tasks","version":"1.1","items":[');
const ASTRA_HEADERS = { 'content-type': ASTRA_TASKS_MEDIA_TYPE };
const JSON_HEADERS = { 'content-type': JSON_MEDIA_TYPE };

/**
 * GET /accounts/{account_id}/core/v1/tasks (seed 003). Filters (if any) the account's tasks,
 * which are already in the default order, re-sorts the matching ones only for `orderBy`, cuts
 * the page, and joins the tasks' pre-serialised JSON (or their `include` projections).
 */
function listAstraTasks(ctx: RequestContext<AstraState>): Reply {
  const { state } = ctx;
  const plan = state.plans.get(ctx.params, (params) => new ListPlan(state, params));
  const contentType = negotiateMediaType(ctx.headers.accept);
  if (contentType === undefined) throw new MockError('not_acceptable', 'unsupported Accept');
  const headers = contentType === ASTRA_TASKS_MEDIA_TYPE ? ASTRA_HEADERS : JSON_HEADERS;
  const { query } = plan;
  let matching = query.predicate ? plan.tasks.filter((t) => query.predicate?.(t.task)) : plan.tasks;
  if (query.ordering) matching = sortTasks(matching, query.ordering);
  const page = pageWindow(matching.length, query.start, query.limit);
  const tail = plan.tail(page.next, query.count ? matching.length : undefined, ctx.clock.now());
  const { include } = query;
  if (include) {
    const items = matching.slice(page.start, page.end).map((stored) => projectTask(stored.task, include));
    return { status: 200, headers, body: new JsonChunks([LIST_HEAD, utf8(items.join(',')), tail]) };
  }
  // Stored tasks go out as the bytes encoded at load (neighbours as one slice), never re-serialised.
  const indexes: number[] = [];
  for (let i = page.start; i < page.end; i += 1) indexes.push((matching[i] as StoredTask).jsonIndex);
  return { status: 200, headers, body: new JsonChunks(state.blocks.arrayChunks(indexes, LIST_HEAD, tail)) };
}

export const handlers: Readonly<Record<string, Handler<AstraState>>> = { listAstraTasks };
