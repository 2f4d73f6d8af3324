import type { VendorSettings } from '../../src/dialect';

/** The privilege `GET /api/snapservice/tasks` requires (seed 002: "Operation execution requires System.Read"). */
export const SYSTEM_READ = 'System.Read';

/** An SSO user of the mocked appliance: Basic credentials and the privileges a session carries. */
export interface SnapserviceUser {
  readonly name: string;
  readonly password: string;
  readonly privileges: readonly string[];
}

/**
 * decisions.md "Demo tenants and credentials": `administrator@vsphere.local` / `taskmock`. The
 * second user exists so the 403 UNAUTHORIZED of a user without System.Read (decisions.md,
 * Snapservice) is reachable with the default settings.
 */
export const DEFAULT_USERS: readonly SnapserviceUser[] = [
  { name: 'administrator@vsphere.local', password: 'taskmock', privileges: [SYSTEM_READ] },
  { name: 'readonly@vsphere.local', password: 'taskmock', privileges: [] },
];

/**
 * The users of the `snapservice` settings: `users: [{name, password, privileges?}]` replaces the
 * default list; `privileges` defaults to `['System.Read']`. A malformed entry stops start-up.
 */
export function usersFromSettings(settings: VendorSettings): readonly SnapserviceUser[] {
  const raw = settings['users'];
  if (raw === undefined) return DEFAULT_USERS;
  if (!Array.isArray(raw)) throw new Error('snapservice settings: users must be a list of {name, password, privileges?}');
  return raw.map((entry: unknown, index) => toUser(entry, index));
}

function toUser(entry: unknown, index: number): SnapserviceUser {
  const where = `snapservice settings: users[${index}]`;
  if (typeof entry !== 'object' || entry === null) throw new Error(`${where} must be an object`);
  const { name, password, privileges } = entry as Record<string, unknown>;
  if (typeof name !== 'string' || name === '') throw new Error(`${where}.name must be a non-empty string`);
  if (typeof password !== 'string') throw new Error(`${where}.password must be a string`);
  if (privileges === undefined) return { name, password, privileges: [SYSTEM_READ] };
  if (!Array.isArray(privileges) || !privileges.every((p) => typeof p === 'string')) {
    throw new Error(`${where}.privileges must be a list of strings`);
  }
  return { name, password, privileges: privileges as string[] };
}

/**
 * The user these Basic credentials name, or undefined. SSO user names are matched without regard
 * to case, as vCenter does (`Administrator@VSPHERE.LOCAL` logs in too); passwords exactly.
 */
export function findUser(users: readonly SnapserviceUser[], name: string, password: string): SnapserviceUser | undefined {
  const wanted = name.toLowerCase();
  return users.find((user) => user.name.toLowerCase() === wanted && user.password === password);
}

/** The user a session was opened for, by its exact name (as `findUser` matched it at login). */
export function userNamed(users: readonly SnapserviceUser[], name: string): SnapserviceUser | undefined {
  return users.find((user) => user.name === name);
}
