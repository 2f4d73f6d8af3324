import type { RequestParams } from '../../src/dialect';
import { MockError } from '../../src/errors/mock-error';
import { utf8 } from '../../src/http/reply';
import { readCriteria, toTaskFilter, type TaskFilter } from './filters';
import { toPageWindow, type PageWindow } from './paging';
import type { CbrState } from './state';

/**
 * What one ListOpLogs parameter set asks for, worked out once: the project's rows, the window
 * and the filter compiled against the state's dictionaries. Requests repeating a URL get the
 * same params object (RequestContext.params), so the plan is found by that object instead of
 * re-reading twelve query keys each time. It depends only on the parameters and on state fixed
 * at load; what depends on the tasks (matches, count) is computed per request from it.
 */
export class ListPlan {
  readonly rows: Int32Array;
  readonly window: PageWindow;
  readonly filter: TaskFilter;
  private tailCount = -1;
  private tailBytes: Buffer = EMPTY;

  constructor(state: CbrState, params: RequestParams) {
    const projectId = String(params.path['project_id']);
    if (!state.projects.has(projectId)) {
      throw new MockError('tenant_not_found', `Project ${projectId} not found.`, { param: 'project_id' });
    }
    this.rows = state.rowsByProject.get(projectId) ?? NO_ROWS;
    this.window = toPageWindow(params.query);
    this.filter = toTaskFilter(readCriteria(params.query), state.codes);
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
