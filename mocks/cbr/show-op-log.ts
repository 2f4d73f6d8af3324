import type { RequestContext } from '../../src/dialect';
import { MockError } from '../../src/errors/mock-error';
import { JsonChunks, utf8, type Reply } from '../../src/http/reply';
import type { CbrState } from './cbr-view';
import { JSON_CONTENT_TYPE } from './json-content-type';

const OPEN = utf8('{"operation_log":');
const CLOSE = utf8('}');

/**
 * `GET /v3/{project_id}/operation-logs/{operation_log_id}` (ShowOpLog, api-facts 5.1): the task
 * as the list shows it at this moment (the same bytes), wrapped in `operation_log`. An id the
 * project does not hold is 404, like an unknown project (specs/cbr.yaml).
 */
export function showOpLog(ctx: RequestContext<CbrState>): Reply {
  const { state } = ctx;
  const projectId = String(ctx.params.path['project_id']);
  if (!state.projects.has(projectId)) throw new MockError('tenant_not_found', `Project ${projectId} not found.`, { param: 'project_id' });
  const id = String(ctx.params.path['operation_log_id']);
  const found = state.find(id);
  if (found === undefined || found.project !== projectId) {
    throw new MockError('resource_not_found', `Operation log ${id} not found.`, { param: 'operation_log_id' });
  }
  return { status: 200, headers: JSON_CONTENT_TYPE, body: new JsonChunks([OPEN, found.bytes, CLOSE]) };
}
