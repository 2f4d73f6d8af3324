import type { Handler, RequestContext } from '../../src/dialect';
import { JsonText, jsonArray, type Reply } from '../../src/http/reply';
import { basicUser } from './auth';
import { selectTasks, toTaskFilter } from './filters';
import type { SnapserviceState } from './state';

/**
 * `POST /api/session` and `POST /api/snapservice/sessions`: Basic credentials in, `201` with the
 * new session id as a bare JSON string out (api-facts 3.1; decisions.md, Snapservice).
 */
function login(ctx: RequestContext<SnapserviceState>): Reply {
  const session = ctx.state.sessions.create(basicUser(ctx), ctx.rng);
  return { status: 201, body: session.id };
}

/** `GET /api/snapservice/tasks`: the matching tasks, joined from their pre-serialised JSON (once per URL). */
function listSnapserviceTasks(ctx: RequestContext<SnapserviceState>): Reply {
  const body = ctx.state.answers.get(ctx.url, () => {
    const tasks = selectTasks(ctx.state, toTaskFilter(ctx.params.query));
    return new JsonText(`{"items":${jsonArray(tasks.map((entry) => entry.json))}}`);
  });
  return { status: 200, body };
}

export const handlers: Readonly<Record<string, Handler<SnapserviceState>>> = {
  createSession: login,
  createSnapserviceSession: login,
  listSnapserviceTasks,
};
