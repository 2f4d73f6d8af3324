import fs from 'node:fs';
import path from 'node:path';
import type { VendorSettings } from '../../../src/dialect';
import { packageRoot } from '../../../src/package-root';
import { createTestApp } from '../../../src/testing/create-test-app';
import { snapserviceDialect } from '..';
import type { ListItem } from '../list-item';

// Every file that builds an app compiles the five specs on its first request (several seconds on
// a busy machine): its tests get more than Jest's default five seconds.
jest.setTimeout(30_000);

export const LIST = 'listSnapserviceTasks';
export const PG = 'com.vmware.snapservice.protection_groups';
export const TASKS_PATH = '/api/snapservice/tasks';

export function basic(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

export const ADMIN = basic('administrator@vsphere.local', 'taskmock');
export const READONLY = basic('readonly@vsphere.local', 'taskmock');

/** An app serving only Snapservice on the committed data set, and a login helper. */
export function snapserviceApp(settings?: VendorSettings) {
  const app = createTestApp({ dialects: [snapserviceDialect], settings: settings ? { snapservice: settings } : undefined });
  const login = async (authorization = ADMIN, route = '/api/session'): Promise<Record<string, string>> => {
    const res = await app.api.post(route === '/api/session' ? 'createSession' : 'createSnapserviceSession', route, { authorization });
    if (res.status !== 201) throw new Error(`login answered ${res.status}: ${res.text}`);
    return { 'vmware-api-session-id': res.body as string };
  };
  return { ...app, login };
}

/** The committed fixture, read without the mock: the independent side of every comparison. */
export function fixtureTasks(): ListItem[] {
  const file = path.join(packageRoot(), 'fixtures', 'snapservice', 'tasks.ndjson');
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as ListItem);
}

export interface ExpectedFilter {
  readonly tasks?: readonly string[];
  readonly services?: readonly string[];
  readonly operations?: readonly string[];
  readonly status?: readonly string[];
  readonly users?: readonly string[];
}

/** The spec's rules, written again plainly: every given filter holds; start_time desc, PENDING first, then id. */
export function expectedTasks(all: readonly ListItem[], filter: ExpectedFilter): ListItem[] {
  const holds = (values: readonly string[] | undefined, value: string | undefined) =>
    values === undefined || (value !== undefined && values.includes(value));
  return all
    .filter(
      (t) =>
        holds(filter.tasks, t.task) &&
        holds(filter.services, t.info.service) &&
        holds(filter.operations, t.info.operation) &&
        holds(filter.status, t.info.status) &&
        holds(filter.users, t.info.user),
    )
    .sort((a, b) => {
      const sa = a.info.start_time ?? '9999';
      const sb = b.info.start_time ?? '9999';
      if (sa !== sb) return sa < sb ? 1 : -1;
      return a.task < b.task ? -1 : 1;
    });
}

/** Builds `?k=v&k=v` with every value URL-encoded (users carry a backslash). */
export function queryOf(filter: ExpectedFilter): string {
  const pairs = Object.entries(filter).flatMap(([key, values]: [string, readonly string[]]) =>
    values.map((v) => `${key}=${encodeURIComponent(v)}`),
  );
  return `?${pairs.join('&')}`;
}
