import type { Handler, RequestContext } from '../../src/dialect';
import { MockError } from '../../src/errors/mock-error';
import { JsonChunks, utf8, type Reply } from '../../src/http/reply';
import { readCriteria, selectRows, toTaskFilter } from './filters';
import { JSON_CONTENT_TYPE } from './json-content-type';
import { toPageWindow } from './paging';
import type { CbrState } from './state';

const NO_ROWS = new Int32Array(0);
const HEAD = utf8('{"operation_logs":[');

/**
 * `GET /v3/{project_id}/operation-logs` (ListOpLogs, seed 004). Parameters arrive validated by
 * the spec (400 otherwise); undeclared query parameters are ignored, as Huawei's APIs ignore
 * unknown parameters. The body is joined from the tasks' pre-serialised JSON.
 */
export function listOpLogs(ctx: RequestContext<CbrState>): Reply {
  const { state, params } = ctx;
  const projectId = String(params.path['project_id']);
  if (!state.projects.has(projectId)) {
    throw new MockError('tenant_not_found', `Project ${projectId} not found.`, { param: 'project_id' });
  }
  const window = toPageWindow(params.query);
  const filter = toTaskFilter(readCriteria(params.query), state.codes);
  const rows = state.rowsByProject.get(projectId) ?? NO_ROWS;
  const { count, page } = selectRows(state.columns, rows, filter, ctx.clock.now(), window);
  // Key order of the spec's examples: operation_logs, count, limit, offset (the effective values).
  // Encoded once per distinct text: a call into Node's Buffer code per request costs more under load than its size suggests.
  const tail = state.tails.get(`],"count":${count},"limit":${window.limit},"offset":${window.offset}}`, utf8);
  return { status: 200, headers: JSON_CONTENT_TYPE, body: new JsonChunks(state.json.arrayChunks(page, HEAD, tail)) };
}

export const handlers: Readonly<Record<string, Handler<CbrState>>> = { listOpLogs };
