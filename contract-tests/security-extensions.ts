import type { SecuritySchemeObject } from '../src/spec/openapi-types';
import { CredentialError } from './credential-error';

/** `x-taskmock-demo` on a security scheme: the demo credentials the specs' descriptions name. */
export interface DemoCredentials {
  readonly token?: string;
  readonly username?: string;
  readonly password?: string;
}

/**
 * `x-taskmock-login` on a security scheme: its value is a session obtained by POSTing the
 * operation `operationId` with the credentials of scheme `via`; the JSON string body is it.
 */
export interface LoginExtension {
  readonly operationId: string;
  readonly via: string;
}

export function demoOf(scheme: SecuritySchemeObject, where: string): DemoCredentials | undefined {
  const raw = extension(scheme, 'x-taskmock-demo');
  if (raw === undefined) return undefined;
  const demo = stringFields(raw, ['token', 'username', 'password'], `${where} x-taskmock-demo`);
  return demo;
}

export function loginOf(scheme: SecuritySchemeObject, where: string): LoginExtension | undefined {
  const raw = extension(scheme, 'x-taskmock-login');
  if (raw === undefined) return undefined;
  const { operationId, via } = stringFields(raw, ['operationId', 'via'], `${where} x-taskmock-login`);
  if (operationId === undefined || via === undefined) throw new CredentialError('invalid-config', `${where} x-taskmock-login needs operationId and via`);
  return { operationId, via };
}

function extension(scheme: SecuritySchemeObject, name: string): unknown {
  return (scheme as unknown as Record<string, unknown>)[name];
}

function stringFields<K extends string>(raw: unknown, keys: readonly K[], where: string): Partial<Record<K, string>> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new CredentialError('invalid-config', `${where} must be an object`);
  const out: Partial<Record<K, string>> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!(keys as readonly string[]).includes(key)) throw new CredentialError('invalid-config', `${where}: unknown key ${key} (known: ${keys.join(', ')})`);
    if (typeof value !== 'string') throw new CredentialError('invalid-config', `${where}.${key} must be a string`);
    out[key as K] = value;
  }
  return out;
}
