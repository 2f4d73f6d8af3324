import type { SpecDocument } from '../../src/spec/load-specs';
import type { Operation } from '../../src/spec/operation';
import type { HttpVerb, Target } from '../contract-types';
import { rawOperation } from './paging-extension';

/**
 * Why the suite may not send this operation, or undefined when it may. Only GETs and the
 * documented session logins are ever sent to any server (safe against real systems): a login
 * is a POST whose every security alternative is HTTP Basic and nothing else, as the session
 * endpoints (`createSession`, `createSnapserviceSession`) declare; it creates a session and
 * nothing more. An operation marked `x-taskmock-only` (Velostrata's cancel) is sent to taskmock
 * alone, whose state a contract run may change (specs/README.md).
 */
export function notSendable(op: Operation, target: Target, specs: readonly SpecDocument[]): string | undefined {
  if (op.method === 'get') return undefined;
  if (op.method === 'post' && isLogin(op)) return undefined;
  const only = taskmockOnly(op, specs);
  if (only !== undefined) return target.isTaskmock ? undefined : `${op.method.toUpperCase()} ${op.path} is sent to taskmock only: ${only}`;
  return `${op.method.toUpperCase()} ${op.path} is neither a GET nor a documented login: never sent, it could change state`;
}

/** The operation's `x-taskmock-only` reason, where it has one. */
export function taskmockOnly(op: Operation, specs: readonly SpecDocument[]): string | undefined {
  const reason = rawOperation(op, specs)['x-taskmock-only'];
  return typeof reason === 'string' ? reason : undefined;
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

/** The method as a ProbeRequest writes it (only these are ever sent). */
export function verbOf(op: Operation): HttpVerb {
  if (op.method === 'delete') return 'DELETE';
  return op.method === 'post' ? 'POST' : 'GET';
}
