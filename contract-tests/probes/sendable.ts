import type { Operation } from '../../src/spec/operation';

/**
 * Why the suite may not send this operation, or undefined when it may. Only GETs and the
 * documented session logins are ever sent (safe against real systems): a login is a POST
 * whose every security alternative is HTTP Basic and nothing else, as the session endpoints
 * (`createSession`, `createSnapserviceSession`) declare; it creates a session and nothing more.
 */
export function notSendable(op: Operation): string | undefined {
  if (op.method === 'get') return undefined;
  if (op.method === 'post' && isLogin(op)) return undefined;
  return `${op.method.toUpperCase()} ${op.path} is neither a GET nor a documented login: never sent, it could change state`;
}

export function isLogin(op: Operation): boolean {
  return (
    op.method === 'post' &&
    op.security.length > 0 &&
    op.security.every((requirement) => {
      const names = Object.keys(requirement);
      return names.length > 0 && names.every((name) => {
        const scheme = op.securitySchemes[name];
        return scheme?.type === 'http' && scheme.scheme?.toLowerCase() === 'basic';
      });
    })
  );
}

/** The method as a ProbeRequest writes it (only these two are ever sent). */
export function verbOf(op: Operation): 'GET' | 'POST' {
  return op.method === 'post' ? 'POST' : 'GET';
}
