import type { RequestContext } from '../../src/dialect';
import { MockError } from '../../src/errors/mock-error';
import type { SnapserviceState } from './state';
import { findUser, SYSTEM_READ, userNamed, type SnapserviceUser } from './users';

/** The vendor key the process's SessionBook files these sessions under. */
export const SESSION_VENDOR = 'snapservice';

/** The `api_key` scheme of the Snapservice API page (api-facts 3.1). */
export const SESSION_HEADER = 'vmware-api-session-id';

/** The two logins: HTTP Basic in, session id out (decisions.md, Snapservice). */
export const LOGIN_OPERATIONS: ReadonlySet<string> = new Set(['createSession', 'createSnapserviceSession']);

/**
 * Runs before validation for every operation of this API: the logins take HTTP Basic, the task
 * list a live `vmware-api-session-id` whose user holds System.Read (seed 002; decisions.md).
 */
export function authenticate(ctx: RequestContext<SnapserviceState>): void {
  if (LOGIN_OPERATIONS.has(ctx.op.operationId)) {
    basicUser(ctx);
    return;
  }
  // The list also takes Basic directly (the API page's `basic_auth` scheme); a session wins.
  const useBasic = ctx.headers[SESSION_HEADER] === undefined && /^Basic\s/i.test(ctx.headers.authorization ?? '');
  const user = useBasic ? basicUser(ctx) : sessionUser(ctx);
  if (!user.privileges.includes(SYSTEM_READ)) {
    throw new MockError('forbidden', `user ${user.name} lacks the privilege ${SYSTEM_READ}`, { param: SESSION_HEADER });
  }
}

/** The user of the request's Basic credentials; 401 UNAUTHENTICATED when missing or wrong. */
export function basicUser(ctx: RequestContext<SnapserviceState>): SnapserviceUser {
  const header = ctx.headers.authorization;
  const match = header === undefined ? null : /^Basic\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) throw new MockError('missing_credentials', 'HTTP Basic credentials are required', { param: 'authorization' });
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const user = colon < 0 ? undefined : findUser(ctx.state.users, decoded.slice(0, colon), decoded.slice(colon + 1));
  if (!user) throw new MockError('invalid_credentials', 'wrong user name or password', { param: 'authorization' });
  return user;
}

/**
 * The user of the request's session: sessions live in the process's SessionBook (`ctx.sessions`,
 * cleared by `/__admin/reset`), so a view rebuilt as the clock moves keeps them.
 */
function sessionUser(ctx: RequestContext<SnapserviceState>): SnapserviceUser {
  const raw = ctx.headers[SESSION_HEADER];
  const id = Array.isArray(raw) ? raw[0] : raw;
  if (id === undefined || id === '') {
    throw new MockError('missing_credentials', `the ${SESSION_HEADER} header is required`, { param: SESSION_HEADER });
  }
  const session = ctx.sessions.get(SESSION_VENDOR, id);
  const user = session && userNamed(ctx.state.users, session.user);
  if (!user) throw new MockError('invalid_credentials', 'the session is unknown or has expired', { param: SESSION_HEADER });
  return user;
}
