import type { Target } from './contract-types';

/**
 * Sessions obtained by logging in, one per (target, scheme): a run logs in once, not once per
 * request. A failed login is cached too, so a wrong password is tried once and no more (real
 * systems lock accounts after repeated failures). Targets are weak keys: nothing outlives them.
 */
export function sessionCache() {
  const byTarget = new WeakMap<Target, Map<string, Promise<string>>>();
  const obtained: string[] = [];
  return {
    get(target: Target, key: string, login: () => Promise<string>): Promise<string> {
      let sessions = byTarget.get(target);
      if (!sessions) byTarget.set(target, (sessions = new Map()));
      let session = sessions.get(key);
      if (!session) {
        session = login().then((id) => {
          obtained.push(id);
          return id;
        });
        sessions.set(key, session);
      }
      return session;
    },
    /** Every session id obtained so far, for redaction. */
    values: (): readonly string[] => obtained,
  };
}
