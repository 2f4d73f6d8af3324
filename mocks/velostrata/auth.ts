import type { IncomingHttpHeaders } from 'node:http';
import type { VendorSettings } from '../../src/dialect';
import { MockError } from '../../src/errors/mock-error';

/** The Manager's API user (api-facts 2.1: `curl --user apiuser:<password>`) and taskmock's demo password. */
export const DEFAULT_USERNAME = 'apiuser';
export const DEFAULT_PASSWORD = 'taskmock';

export interface Credentials {
  readonly username: string;
  readonly password: string;
  /** The exact `Authorization` value of the right credentials: the per-request fast path. */
  readonly header: string;
}

/** The demo credentials as a header, for the benchmark and smoke tests against a running server. */
export function demoHeaders(): Record<string, string> {
  return { Authorization: readCredentials({}).header };
}

/** The accepted credentials: settings `username` / `password`, else the demo ones (decisions "Demo tenants"). */
export function readCredentials(settings: VendorSettings): Credentials {
  const username = readString(settings, 'username', DEFAULT_USERNAME);
  const password = readString(settings, 'password', DEFAULT_PASSWORD);
  // Basic splits user from password at the first ':' (RFC 7617), so a user name cannot hold one.
  if (username === '' || username.includes(':')) throw new Error(`velostrata: setting 'username' must be non-empty and without ':'`);
  return { username, password, header: `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}` };
}

function readString(settings: VendorSettings, key: string, fallback: string): string {
  const value = settings[key];
  if (value === undefined) return fallback;
  if (typeof value !== 'string') throw new Error(`velostrata: setting '${key}' must be a string`);
  return value;
}

/**
 * HTTP Basic, checked as Spring Security's `BasicAuthenticationConverter` and provider do
 * (the Manager is a Spring application; the texts are Spring's, api-facts 2.4, UNCONFIRMED):
 * no header or another scheme → "Full authentication is required..."; a Basic header that is
 * empty, not Base64 or without ':' → its own message; a wrong user or password → "Bad credentials".
 */
export function checkBasicAuth(headers: IncomingHttpHeaders, expected: Credentials): void {
  const raw = headers.authorization;
  if (raw === expected.header) return;
  const header = raw?.trim();
  if (header === undefined || !header.toLowerCase().startsWith('basic')) {
    throw new MockError('missing_credentials', 'Full authentication is required to access this resource');
  }
  if (header.length === 'basic'.length) throw new MockError('invalid_credentials', 'Empty basic authentication token');
  const token = decodeBase64(header.slice('basic '.length));
  if (token === undefined) throw new MockError('invalid_credentials', 'Failed to decode basic authentication token');
  const colon = token.indexOf(':');
  if (colon === -1) throw new MockError('invalid_credentials', 'Invalid basic authentication token');
  if (token.slice(0, colon) !== expected.username || token.slice(colon + 1) !== expected.password) {
    throw new MockError('invalid_credentials', 'Bad credentials');
  }
}

/**
 * Strict Base64 as Java's `Base64.getDecoder()`: only the standard alphabet, padding optional
 * but correct when present, never a lone trailing character. Node's decoder skips bad input
 * silently, so it cannot be the check.
 */
export function decodeBase64(text: string): string | undefined {
  const padded = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)$/.test(text);
  const unpadded = /^[A-Za-z0-9+/]*$/.test(text) && text.length % 4 !== 1;
  if (!padded && !unpadded) return undefined;
  return Buffer.from(text, 'base64').toString('utf8');
}
