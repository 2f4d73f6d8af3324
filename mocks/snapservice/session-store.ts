import type { Rng } from '../../src/runtime/rng';
import type { SnapserviceUser } from './users';

export interface Session {
  readonly id: string;
  readonly user: SnapserviceUser;
}

/** The live sessions of one app (state, not a module singleton): login adds, the task list looks up. */
export interface SessionStore {
  create(user: SnapserviceUser, rng: Rng): Session;
  find(id: string): Session | undefined;
}

/**
 * vCenter session ids are 32 lower-case hex characters (`b00db39f948d13ea1e59b4d6fce56389`,
 * api-facts 3.1); they come from the app's seeded rng, so a test run is reproducible. Sessions
 * never expire in taskmock.
 */
export function createSessionStore(): SessionStore {
  const sessions = new Map<string, Session>();
  return {
    create(user, rng) {
      let id = rng.hex(32);
      while (sessions.has(id)) id = rng.hex(32);
      const session = { id, user };
      sessions.set(id, session);
      return session;
    },
    find: (id) => sessions.get(id),
  };
}
