import type { Handler } from '../../src/dialect';
import { taskArrayBody, taskPageBody } from './envelope';
import { filterByName } from './filters';
import { readListQuery, requireKnownReference } from './list-query';
import { pageBounds } from './paging';
import type { VsphereState } from './state';

/** The three list operations of seed 000, by operationId (specs/vsphere.yaml). */
export const handlers: Record<string, Handler<VsphereState>> = {
  /**
   * Recent tasks at the view's moment (recent.ts), narrowed to what lies under `reference` when given, then
   * `filter_name`, then a page: the spec's decision for the table's paging parameters.
   */
  listRootRecentTasks: (ctx) => {
    const query = readListQuery(ctx);
    const scope = query.reference === undefined ? undefined : requireKnownReference(ctx.state, query.reference);
    const recent = ctx.state.recent;
    const scoped = scope === undefined ? recent : recent.filter((task) => task.scopes.includes(scope));
    const tasks = filterByName(scoped, query.filterName);
    return { status: 200, body: taskArrayBody(ctx.state, tasks, pageBounds(tasks.length, query.pageNum, query.pageSize)) };
  },
  /** Every task of the vSphere, newest first; `total_count` after the filter, before paging. */
  listRootTasks: (ctx) => {
    const query = readListQuery(ctx);
    const tasks = filterByName(ctx.state.tasks, query.filterName);
    return { status: 200, body: taskPageBody(ctx.state, tasks, pageBounds(tasks.length, query.pageNum, query.pageSize)) };
  },
  /** The tasks of the entity and, for containers, of everything beneath it (decisions). */
  listResourceTasks: (ctx) => {
    const query = readListQuery(ctx);
    const reference = requireKnownReference(ctx.state, query.reference ?? '');
    const tasks = filterByName(ctx.state.scope(reference), query.filterName);
    return { status: 200, body: taskPageBody(ctx.state, tasks, pageBounds(tasks.length, query.pageNum, query.pageSize)) };
  },
};
