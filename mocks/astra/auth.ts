import type { RequestContext } from '../../src/dialect';
import { MockError } from '../../src/errors/mock-error';
import { accountOfRequestUrl, isAstraIdentifier } from './accounts';
import { negotiateMediaType } from './negotiate-media-type';
import type { AstraState } from './state';

/**
 * Astra's checks before the parameters, in this order (decisions.md "Astra"; api-facts 4.1):
 * 1. no `Authorization: Bearer <token>` → 401 problem 3; a token nobody holds → 401 problem 4;
 * 2. a well-formed account id that names no account → 404 problem 2; an account the token does
 *    not belong to → 403 problem 11 (a malformed id is left to parameter validation: 400 problem 5);
 * 3. an Accept that allows neither JSON nor `application/astra-tasks+json` → 406 problem 32.
 * So credentials win over content negotiation, and both over parameter errors: a server checks
 * who is asking before it looks at what is asked.
 */
export function authenticate(ctx: RequestContext<AstraState>): void {
  const owner = ownerOf(ctx.state, ctx.headers.authorization);
  const account = accountOfRequestUrl(ctx.url);
  // The token's own account always exists (every token's account is known), so only another
  // account is looked at; a malformed id is left to parameter validation.
  if (account !== undefined && account !== owner && isAstraIdentifier(account)) {
    if (!ctx.state.accounts.has(account)) throw new MockError('tenant_not_found', `account ${account} not found`);
    throw new MockError('forbidden', `the token does not belong to account ${account}`);
  }
  if (negotiateMediaType(ctx.headers.accept) === undefined) {
    throw new MockError('not_acceptable', `cannot answer Accept: ${ctx.headers.accept ?? ''}`);
  }
}

/** The account the request's bearer token belongs to. */
function ownerOf(state: AstraState, header: string | undefined): string {
  // `Bearer <token>` exactly, as clients send it, is one lookup of the whole header.
  const known = header === undefined ? undefined : state.bearerHeaders.get(header);
  if (known !== undefined) return known;
  const token = bearerToken(header);
  if (token === undefined) throw new MockError('missing_credentials', 'The request is missing the required bearer token.');
  const owner = state.tokens.get(token);
  if (owner === undefined) throw new MockError('invalid_credentials', "The bearer token provided is invalid, revoked, or doesn't exist.");
  return owner;
}

/** The token of an `Authorization: Bearer <token>` header (scheme case-insensitive, RFC 6750). */
export function bearerToken(header: string | undefined): string | undefined {
  const match = header === undefined ? null : /^Bearer +(\S+) *$/i.exec(header);
  return match?.[1];
}
