import type { Handler, RequestContext } from '../../src/dialect';
import { MockError } from '../../src/errors/mock-error';
import { JsonText, jsonArray, type Reply } from '../../src/http/reply';
import { basicUser, SESSION_VENDOR } from './auth';
import { selectTasks, toTaskFilter } from './filters';
import type { ListItem } from './list-item';
import { localizeItem, requestsLocale } from './localize';
import { findTask, type SnapserviceState } from './state';
import { infoJson } from './task-entry';

/**
 * `POST /api/session` and `POST /api/snapservice/sessions`: Basic credentials in, `201` with the
 * new session id as a bare JSON string out (api-facts 3.1; decisions.md, Snapservice). vCenter
 * session ids are 32 lower-case hex characters (`b00db39f948d13ea1e59b4d6fce56389`, api-facts
 * 3.1); they come from the process's seeded rng, so a test run is reproducible. Sessions never
 * expire in taskmock.
 */
function login(ctx: RequestContext<SnapserviceState>): Reply {
  const user = basicUser(ctx);
  const session = ctx.sessions.create(SESSION_VENDOR, user.name, ctx.clock.now(), (rng) => rng.hex(32), ctx.rng);
  return { status: 201, body: session.id };
}

/**
 * `GET /api/snapservice/tasks`: the matching tasks, joined from their pre-serialised JSON (once
 * per URL and view). A request naming a locale gets its messages' `localized` text too
 * (localize.ts), kept apart from the plain answer of the same URL.
 */
function listSnapserviceTasks(ctx: RequestContext<SnapserviceState>): Reply {
  const localized = requestsLocale(ctx.headers);
  const body = ctx.state.answers.get(localized ? `${ctx.url}\nlocalized` : ctx.url, () => {
    const tasks = selectTasks(ctx.state, toTaskFilter(ctx.params.query));
    const items = localized ? tasks.map((entry) => JSON.stringify(localizeItem(JSON.parse(entry.json) as ListItem))) : tasks.map((entry) => entry.json);
    return new JsonText(`{"items":${jsonArray(items)}}`);
  });
  return { status: 200, body };
}

/**
 * `GET /api/snapservice/tasks/{task}`: the task's `info` as the list shows it, the Info
 * structure itself as the vAPI `/api` rendering returns an operation's result (api-facts 3.3,
 * 3.4: NotFound is this operation's own error). A task not yet queued is not found.
 */
function getSnapserviceTask(ctx: RequestContext<SnapserviceState>): Reply {
  const id = String(ctx.params.path['task']);
  const entry = findTask(ctx.state, id);
  if (!entry) throw new MockError('resource_not_found', `no task '${id}'`, { param: 'task' });
  if (requestsLocale(ctx.headers)) return { status: 200, body: localizeItem(JSON.parse(entry.json) as ListItem).info };
  return { status: 200, body: new JsonText(infoJson(entry)) };
}

export const handlers: Readonly<Record<string, Handler<SnapserviceState>>> = {
  createSession: login,
  createSnapserviceSession: login,
  listSnapserviceTasks,
  getSnapserviceTask,
};
