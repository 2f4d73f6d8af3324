import type { IncomingHttpHeaders } from 'node:http';
import { MockError } from '../../src/errors/mock-error';
import type { VsphereSettings } from './settings';

/**
 * Seed 000 documents no authentication and its example requests carry none, so by default the
 * mock asks for nothing. The kit's optional token setting (decisions, "Demo tenants and
 * credentials"; spec `platformToken`) requires `Authorization: Bearer <token>`: no header is
 * "missing token", anything else "invalid token" (the spec's texts).
 */
export function checkToken(headers: IncomingHttpHeaders, settings: VsphereSettings): void {
  if (settings.token === undefined) return;
  const header = headers.authorization;
  if (!header) throw new MockError('missing_credentials', 'missing token');
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
  if (!match || match[1] !== settings.token) throw new MockError('invalid_credentials', 'invalid token');
}
