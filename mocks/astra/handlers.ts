import type { Handler, RequestContext } from '../../src/dialect';
import { MockError } from '../../src/errors/mock-error';
import { JsonChunks, utf8, type Reply } from '../../src/http/reply';
import { projectTask } from './include';
import { readListQuery } from './list-query';
import { negotiateMediaType } from './negotiate-media-type';
import { sortTasks } from './order-by';
import { encodeContinue, pageWindow } from './paging';
import type { AstraState } from './state';

/** `createdBy` of the collection metadata: the vendor examples' (seed 003; api-facts §7). */
const COLLECTION_CREATED_BY = '8f84cf09-8036-51e4-b579-bd30cb07b269';
/** The collection's own `type` and `version` (seed 003 example), then the items. */
const LIST_HEAD = utf8('{"type":"application/astra-tasks","version":"1.1","items":[');

/**
 * GET /accounts/{account_id}/core/v1/tasks (seed 003). Filters (if any) the account's tasks,
 * which are already in the default order, re-sorts the matching ones only for `orderBy`, cuts
 * the page, and joins the tasks' pre-serialised JSON (or their `include` projections).
 */
function listAstraTasks(ctx: RequestContext<AstraState>): Reply {
  const accountId = String(ctx.params.path['account_id']);
  const tasks = ctx.state.accounts.get(accountId);
  // authenticate has refused unknown accounts already; this keeps the handler safe on its own.
  if (!tasks) throw new MockError('tenant_not_found', `account ${accountId} not found`);
  const contentType = negotiateMediaType(ctx.headers.accept);
  if (contentType === undefined) throw new MockError('not_acceptable', 'unsupported Accept');
  const query = readListQuery(ctx.params.query, accountId);
  let matching = query.predicate ? tasks.filter((t) => query.predicate?.(t.task)) : tasks;
  if (query.ordering) matching = sortTasks(matching, query.ordering);
  const page = pageWindow(matching.length, query.start, query.limit);
  const tail = listTail(ctx.state, query.fingerprint, page.next, query.count ? matching.length : undefined, ctx.clock.now());
  const pageTasks = matching.slice(page.start, page.end);
  const { include } = query;
  // Stored tasks go out as the bytes encoded at load (neighbours as one slice), never re-serialised.
  const body = include
    ? new JsonChunks([LIST_HEAD, utf8(pageTasks.map((stored) => projectTask(stored.task, include)).join(',')), tail])
    : new JsonChunks(ctx.state.blocks.arrayChunks(pageTasks.map((stored) => stored.jsonIndex), LIST_HEAD, tail));
  return { status: 200, headers: { 'content-type': contentType }, body };
}

/**
 * The bytes after the items: `],"metadata":{...}}`. Remembered per (listing, next offset, count,
 * clock reading), as clients repeat the same requests: encoding the continue token and the
 * text costs several calls into Node's Buffer code, which under load cost far more than their
 * instructions (measured: about 5 µs per request of a ~250 µs request).
 */
function listTail(state: AstraState, fingerprint: string, next: number | undefined, count: number | undefined, now: number): Buffer {
  return state.listTails.get(`${fingerprint}|${next}|${count}|${now}`, () => {
    const metadata = listMetadata(next === undefined ? undefined : encodeContinue(next, fingerprint), count, state.timestamp(now));
    return utf8(`],"metadata":${metadata}}`);
  });
}

/**
 * type_astra_metadata_list (seed 003): `continue` when more tasks remain, `count` when asked
 * (the total matching before skip/limit, decisions.md "Astra"), and the collection's own
 * labels/timestamps/createdBy as in the vendor's examples; the timestamps are "now", when the
 * listing was made. Key order as in the seed.
 */
function listMetadata(next: string | undefined, count: number | undefined, now: string): string {
  return (
    '{' +
    (next === undefined ? '' : `"continue":"${next}",`) +
    (count === undefined ? '' : `"count":${count},`) +
    `"labels":[],"creationTimestamp":"${now}","modificationTimestamp":"${now}","createdBy":"${COLLECTION_CREATED_BY}"}`
  );
}

export const handlers: Readonly<Record<string, Handler<AstraState>>> = { listAstraTasks };
