import type { RequestParams } from '../../src/dialect';
import { MockError } from '../../src/errors/mock-error';
import { utf8 } from '../../src/http/reply';
import type { CbrState } from './cbr-view';
import { readCriteria, toTaskFilter, type TaskFilter } from './filters';
import { toPageWindow, type PageWindow } from './paging';
import type { Extra } from './view-extras';

/**
 * What one ListOpLogs parameter set asks for, worked out once per view: the project's rows and
 * extras, the window and the filter compiled against the base's dictionaries. Requests repeating
 * a URL get the same params object (RequestContext.params), so the plan is found by that object
 * instead of re-reading twelve query keys each time. Plans live in the view (cbr-view.ts), so
 * what they keep dies when the tasks or the clock move on.
 */
export class ListPlan {
  readonly rows: Int32Array;
  readonly extras: readonly Extra[];
  readonly window: PageWindow;
  readonly filter: TaskFilter;
  /**
   * The whole answer of an unfiltered request, once made: it depends only on the view (a
   * time window would depend on the request's moment), and is the default request.
   */
  answer: Uint8Array[] | undefined;
  private tailCount = -1;
  private tailBytes: Buffer = EMPTY;

  constructor(state: CbrState, params: RequestParams) {
    const projectId = String(params.path['project_id']);
    if (!state.projects.has(projectId)) {
      throw new MockError('tenant_not_found', `Project ${projectId} not found.`, { param: 'project_id' });
    }
    this.rows = state.base.rowsByProject.get(projectId) ?? NO_ROWS;
    this.extras = state.extras.byProject.get(projectId) ?? [];
    this.window = toPageWindow(params.query);
    this.filter = toTaskFilter(readCriteria(params.query), state.base.codes);
  }

  /**
   * The bytes after the items, in the key order of the spec's examples: `count` (every match)
   * then the effective `limit` and `offset`. The last one is kept, by its count, as clients
   * repeat requests: encoding costs a call into Node's Buffer code, which under load costs more
   * than its size suggests.
   */
  tail(count: number): Buffer {
    if (count !== this.tailCount) {
      this.tailBytes = utf8(`],"count":${count},"limit":${this.window.limit},"offset":${this.window.offset}}`);
      this.tailCount = count;
    }
    return this.tailBytes;
  }
}

const NO_ROWS = new Int32Array(0);
const EMPTY = Buffer.alloc(0);
