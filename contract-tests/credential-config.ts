import fs from 'node:fs';
import { CredentialError } from './credential-error';

/** What a user configured for one vendor: environment variables over the config file. */
export interface VendorConfig {
  readonly token?: string;
  readonly username?: string;
  readonly password?: string;
  readonly baseUrl?: string;
  /** Tenant parameters by name (`account_id`, `project_id`, `vsphere_uuid`). */
  parameter(name: string): string | undefined;
}

export type Env = Readonly<Record<string, string | undefined>>;

interface FileEntry {
  token?: string;
  username?: string;
  password?: string;
  baseUrl?: string;
  parameters?: Record<string, string>;
}

const FIELDS = ['token', 'username', 'password', 'baseUrl', 'parameters'] as const;

/** `TASKMOCK_<VENDOR>_<NAME>`, both parts upper case with anything but letters and digits as `_`. */
export function envName(vendor: string, name: string): string {
  const part = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]/g, '_');
  return `TASKMOCK_${part(vendor)}_${part(name)}`;
}

/**
 * Reads the JSON config file once (`{ "<vendor>": { "token", "username", "password",
 * "baseUrl", "parameters": { ... } } }`), checked strictly so a typo fails loudly instead of
 * silently falling back to demo values, and returns each vendor's view with the environment
 * winning. An empty variable counts as unset (CI stores give "" for a secret that is missing).
 */
export function readCredentialConfig(options: { vendors: readonly string[]; env: Env; configFile?: string }): (vendor: string) => VendorConfig {
  const file = options.configFile === undefined ? {} : readConfigFile(options.configFile, options.vendors);
  const env = (vendor: string, name: string): string | undefined => {
    const value = options.env[envName(vendor, name)];
    return value === undefined || value === '' ? undefined : value;
  };
  return (vendor) => {
    const entry = file[vendor] ?? {};
    return {
      token: env(vendor, 'token') ?? entry.token,
      username: env(vendor, 'username') ?? entry.username,
      password: env(vendor, 'password') ?? entry.password,
      baseUrl: entry.baseUrl,
      parameter: (name) => env(vendor, name) ?? entry.parameters?.[name],
    };
  };
}

function readConfigFile(file: string, vendors: readonly string[]): Record<string, FileEntry> {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    // The parser's message may quote the file's text, which holds secrets: name the cause only.
    const cause = (error as NodeJS.ErrnoException).code ?? 'not valid JSON';
    throw new CredentialError('invalid-config', `--config ${file}: ${cause}`);
  }
  const where = `--config ${file}`;
  const root = asObject(data, where);
  const out: Record<string, FileEntry> = {};
  for (const [vendor, raw] of Object.entries(root)) {
    if (!vendors.includes(vendor)) throw new CredentialError('invalid-config', `${where}: unknown vendor ${vendor} (known: ${vendors.join(', ')})`);
    const entry = asObject(raw, `${where} ${vendor}`);
    const parsed: FileEntry = {};
    for (const [key, value] of Object.entries(entry)) {
      const at = `${where} ${vendor}.${key}`;
      if (key === 'parameters') {
        parsed.parameters = Object.fromEntries(Object.entries(asObject(value, at)).map(([name, v]) => [name, asString(v, `${at}.${name}`)]));
      } else if ((FIELDS as readonly string[]).includes(key)) {
        parsed[key as Exclude<(typeof FIELDS)[number], 'parameters'>] = asString(value, at);
      } else {
        throw new CredentialError('invalid-config', `${at}: unknown key (known: ${FIELDS.join(', ')})`);
      }
    }
    out[vendor] = parsed;
  }
  return out;
}

function asObject(value: unknown, where: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new CredentialError('invalid-config', `${where} must be a JSON object`);
  return value as Record<string, unknown>;
}

function asString(value: unknown, where: string): string {
  if (typeof value === 'string') return value;
  throw new CredentialError('invalid-config', `${where} must be a string`);
}
