import type { VendorSettings } from '../../src/dialect';

/** The demo account: seed 003's own id (decisions.md, "Whole kit" and "Demo tenants and credentials"). */
export const DEMO_ACCOUNT_ID = 'fdaa655c-15ab-4d34-aa61-1e9098e67be0';
export const DEMO_TOKEN = 'taskmock-astra-token';
/**
 * A second account with its own token and a few tasks of its own, so that "a token of another
 * account" (403 problem 11, decisions.md "Astra") can be tried against the default data set.
 */
export const SECOND_ACCOUNT_ID = '5d1e8a4c-7b2f-4c3e-9a61-0f2b7c4d9e18';
export const SECOND_TOKEN = 'taskmock-astra-token-2';

export const DEFAULT_TOKENS: Readonly<Record<string, string>> = {
  [DEMO_TOKEN]: DEMO_ACCOUNT_ID,
  [SECOND_TOKEN]: SECOND_ACCOUNT_ID,
};

/** type_astra_identifier: lower-case UUIDv4, UUIDv5 or the nil UUID (the vendor's astra.json; api-facts §7). */
const IDENTIFIER =
  /^([0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}|[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}|00000000-0000-0000-0000-000000000000)$/;

export function isAstraIdentifier(value: string): boolean {
  return IDENTIFIER.test(value);
}

/**
 * The account a task belongs to. Astra task bodies carry no account id of their own: every
 * `resourceURI` is account-scoped (`/accounts/<id>/k8s/v1/...`, seed 003), so that is the binding.
 */
export function accountOfResourceUri(uri: string): string | undefined {
  const match = /^\/accounts\/([^/]+)\//.exec(uri);
  return match?.[1];
}

/** The `{account_id}` segment of a request URL (path params are not parsed yet when auth runs). */
export function accountOfRequestUrl(url: string): string | undefined {
  const match = /^\/accounts\/([^/?#]*)/.exec(url);
  if (!match?.[1]) return undefined;
  if (!match[1].includes('%')) return match[1];
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
}

export interface AccountSettings {
  /** Bearer token → the account it belongs to. */
  readonly tokens: ReadonlyMap<string, string>;
  /** Accounts that exist even with no task (answer an empty list, not 404). */
  readonly extraAccounts: readonly string[];
}

/**
 * Astra settings: `tokens` ({token: accountId}) replaces the default token table; `accounts`
 * (account ids) adds accounts with no tasks. Bad settings stop start-up with a clear message.
 */
export function readAccountSettings(settings: VendorSettings): AccountSettings {
  const tokens = settings['tokens'] ?? DEFAULT_TOKENS;
  if (typeof tokens !== 'object' || tokens === null || Array.isArray(tokens)) {
    throw new Error('astra settings: "tokens" must be an object {token: accountId}');
  }
  const table = new Map<string, string>();
  for (const [token, account] of Object.entries(tokens)) {
    if (typeof account !== 'string' || !isAstraIdentifier(account)) {
      throw new Error(`astra settings: token "${token}" must map to an account id (lower-case UUIDv4/v5), not ${JSON.stringify(account)}`);
    }
    table.set(token, account);
  }
  const accounts = settings['accounts'] ?? [];
  if (!Array.isArray(accounts) || !accounts.every((a): a is string => typeof a === 'string' && isAstraIdentifier(a))) {
    throw new Error('astra settings: "accounts" must be a list of account ids (lower-case UUIDv4/v5)');
  }
  return { tokens: table, extraAccounts: accounts };
}
