import type { Handler, RequestContext } from '../../src/dialect';
import { JsonText, jsonArray, type Reply } from '../../src/http/reply';
import { basicUser } from './auth';
import { selectTasks, toTaskFilter } from './filters';
import type { ListItem } from './list-item';
import { localizeItem, requestsLocale } from './localize';
import type { SnapserviceState } from './state';

/**
 * `POST /api/session` and `POST /api/snapservice/sessions`: Basic credentials in, `201` with the
 * new session id as a bare JSON string out (api-facts 3.1; decisions.md, Snapservice).
 */
function login(ctx: RequestContext<SnapserviceState>): Reply {
  const session = ctx.state.sessions.create(basicUser(ctx), ctx.rng);
  return { status: 201, body: session.id };
}

/**
 * `GET /api/snapservice/tasks`: the matching tasks, joined from their pre-serialised JSON (once
 * per URL). A request naming a locale gets its messages' `localized` text too (localize.ts), kept
 * apart from the plain answer of the same URL.
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

export const handlers: Readonly<Record<string, Handler<SnapserviceState>>> = {
  createSession: login,
  createSnapserviceSession: login,
  listSnapserviceTasks,
};
