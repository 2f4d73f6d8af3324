import type { Operation } from '../src/spec/operation';
import type { SecurityRequirement, SecuritySchemeObject } from '../src/spec/openapi-types';
import type { Validators } from '../src/validation/create-validators';
import type { Credentials, Target } from './contract-types';
import { readCredentialConfig, envName, type Env, type VendorConfig } from './credential-config';
import { CredentialError } from './credential-error';
import { demoOf, loginOf } from './security-extensions';
import { sessionCache } from './session-cache';

export interface LoadCredentialsOptions {
  readonly validators: Validators;
  readonly env: Env;
  readonly configFile?: string;
}

export interface LoadedCredentials extends Credentials {
  /** The vendor's `baseUrl` from the config file, if any. */
  baseUrl(vendor: string): string | undefined;
}

/** What sending one scheme's credentials takes: a fixed header, or a session to log in for. */
type Resolved = { readonly header: string; readonly value: string } | { readonly login: string; readonly header: string };

export const WRONG_TOKEN = 'taskmock-wrong-token';
/** A wrong user as well as a wrong password: repeated failures on a real account could lock it. */
export const WRONG_BASIC = 'taskmock-wrong-user:taskmock-wrong-password';

/**
 * Credentials generic over the specs' security schemes: http bearer and basic, apiKey headers,
 * and session schemes (`x-taskmock-login`) obtained by logging in once per target. Values come
 * from `TASKMOCK_<VENDOR>_*` variables, else the config file, else the scheme's
 * `x-taskmock-demo`. Demo values are published in the specs and the `serve` banner, so only
 * configured values and obtained sessions count as secrets (redacting the demo password
 * `taskmock` would also blank the tool's own name out of every report).
 */
export function loadCredentials(options: LoadCredentialsOptions): LoadedCredentials {
  const { validators } = options;
  const vendors = validators.specs.map((s) => s.vendor);
  const configOf = readCredentialConfig({ vendors, env: options.env, configFile: options.configFile });
  const configs = new Map(vendors.map((v) => [v, configOf(v)]));
  const config = (vendor: string): VendorConfig => configs.get(vendor) ?? configOf(vendor);
  const sessions = sessionCache();
  const fixedSecrets = [...configs.values()].flatMap((c) => [
    c.token,
    c.password,
    c.username !== undefined && c.password !== undefined ? `${c.username}:${c.password}` : undefined,
  ]).filter((s): s is string => s !== undefined && s !== '');

  const resolve = (op: Operation, name: string): Resolved | undefined => {
    const scheme = schemeOf(op, name);
    const where = `${op.vendor} security scheme ${name}`;
    const configured = config(op.vendor);
    const demo = demoOf(scheme, where);
    if (scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'basic') {
      const pair = basicPair(configured, demo, op.vendor);
      return pair === undefined ? undefined : { header: 'Authorization', value: `Basic ${Buffer.from(pair).toString('base64')}` };
    }
    const header = tokenHeader(scheme, where);
    const token = configured.token ?? (loginOf(scheme, where) ? undefined : demo?.token);
    if (token !== undefined) return { header: header.name, value: `${header.prefix}${token}` };
    const login = loginOf(scheme, where);
    if (login && resolve(op, login.via)) return { login: name, header: header.name };
    return undefined;
  };

  /** The first requirement asking for something we can send; `{}` only when none can be met. */
  const choose = (op: Operation): SecurityRequirement => {
    const asking = op.security.filter((r) => Object.keys(r).length > 0);
    const met = asking.find((r) => Object.keys(r).every((name) => resolve(op, name) !== undefined));
    if (met) return met;
    if (op.security.some((r) => Object.keys(r).length === 0)) return {};
    const names = asking.map((r) => Object.keys(r).join('+')).join(' or ');
    throw new CredentialError('missing', `${op.vendor} ${op.operationId} needs ${names}: set ${envName(op.vendor, 'token')} or ${envName(op.vendor, 'username')}/${envName(op.vendor, 'password')}, or --config`);
  };

  const logIn = async (op: Operation, schemeName: string, target: Target): Promise<string> => {
    const login = loginOf(schemeOf(op, schemeName), `${op.vendor} security scheme ${schemeName}`);
    if (!login) throw new CredentialError('unsupported-scheme', `${op.vendor} ${schemeName} has no x-taskmock-login`);
    const loginOp = validators.operation(login.operationId);
    const via = resolve(loginOp, login.via);
    if (!via || !('value' in via)) throw new CredentialError('missing', `${op.vendor} ${login.operationId} needs ${login.via} credentials`);
    const res = await target.send({ method: 'POST', path: fillPath(loginOp, (n) => parameterValue(loginOp, n)), headers: { [via.header]: via.value } });
    if (res.status < 200 || res.status > 299 || typeof res.body !== 'string' || res.body === '') {
      throw new CredentialError('login-failed', `${op.vendor} ${login.operationId} answered ${res.status}${res.status < 300 ? ' without a JSON string session id' : ''}`);
    }
    return res.body;
  };

  const parameterValue = (op: Operation, name: string): string | undefined => {
    const configured = config(op.vendor).parameter(name);
    if (configured !== undefined) return configured;
    const param = op.parameters.find((p) => p.name === name);
    const example = param?.example ?? Object.values(param?.examples ?? {})[0]?.value;
    if (example === undefined || example === null) return undefined;
    return Array.isArray(example) ? example.map(String).join(',') : String(example);
  };

  return {
    async headersFor(op, target) {
      const headers: Record<string, string> = {};
      for (const name of Object.keys(choose(op))) {
        const resolved = resolve(op, name);
        if (!resolved) continue; // choose() only picks requirements whose schemes all resolve
        headers[resolved.header] = 'value' in resolved ? resolved.value : await sessions.get(target, `${op.vendor}/${name}`, () => logIn(op, name, target));
      }
      return headers;
    },
    wrongHeadersFor(op) {
      if (op.security.some((r) => Object.keys(r).length === 0)) return undefined;
      const requirement = op.security[0] ?? {};
      const headers: Record<string, string> = {};
      for (const name of Object.keys(requirement)) {
        const scheme = schemeOf(op, name);
        if (scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'basic') {
          headers['Authorization'] = `Basic ${Buffer.from(WRONG_BASIC).toString('base64')}`;
        } else {
          const header = tokenHeader(scheme, `${op.vendor} security scheme ${name}`);
          headers[header.name] = `${header.prefix}${WRONG_TOKEN}`;
        }
      }
      return headers;
    },
    parameterValue,
    get secrets() {
      return [...fixedSecrets, ...sessions.values()];
    },
    baseUrl: (vendor) => config(vendor).baseUrl,
  };
}

function schemeOf(op: Operation, name: string): SecuritySchemeObject {
  const scheme = op.securitySchemes[name];
  if (!scheme) throw new CredentialError('unsupported-scheme', `${op.vendor} ${op.operationId}: unknown security scheme ${name}`);
  return scheme;
}

/** Where a token goes: `Authorization: Bearer <token>` or an apiKey header. */
function tokenHeader(scheme: SecuritySchemeObject, where: string): { name: string; prefix: string } {
  if (scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'bearer') return { name: 'Authorization', prefix: 'Bearer ' };
  if (scheme.type === 'apiKey' && scheme.in === 'header' && scheme.name) return { name: scheme.name, prefix: '' };
  throw new CredentialError('unsupported-scheme', `${where}: ${scheme.type}${scheme.in ? ` in ${scheme.in}` : ''} is not supported`);
}

/** Configured user and password together, else the demo pair; half a configured pair is an error, not a demo fallback. */
function basicPair(configured: VendorConfig, demo: { username?: string; password?: string } | undefined, vendor: string): string | undefined {
  if (configured.username !== undefined || configured.password !== undefined) {
    if (configured.username === undefined || configured.password === undefined) {
      throw new CredentialError('missing', `${vendor}: set both ${envName(vendor, 'username')} and ${envName(vendor, 'password')}`);
    }
    return `${configured.username}:${configured.password}`;
  }
  return demo?.username !== undefined && demo.password !== undefined ? `${demo.username}:${demo.password}` : undefined;
}

function fillPath(op: Operation, value: (name: string) => string | undefined): string {
  return op.path.replace(/\{([^}]+)\}/g, (_m, name: string) => encodeURIComponent(value(name) ?? ''));
}
