import type { Operation } from '../operation';

/**
 * Request headers that satisfy the operation's first security requirement that asks for
 * anything, with placeholder secrets: enough for a mock that only checks presence (Prism).
 */
export function placeholderCredentials(op: Operation): Record<string, string> {
  const requirement = op.security.find((r) => Object.keys(r).length > 0) ?? {};
  const headers: Record<string, string> = {};
  for (const name of Object.keys(requirement)) {
    const scheme = op.securitySchemes[name];
    if (!scheme) throw new Error(`${op.operationId}: unknown security scheme ${name}`);
    if (scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'basic') {
      headers['authorization'] = `Basic ${Buffer.from('user:secret').toString('base64')}`;
    } else if (scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'bearer') {
      headers['authorization'] = 'Bearer placeholder-token';
    } else if (scheme.type === 'apiKey' && scheme.in === 'header' && scheme.name) {
      headers[scheme.name.toLowerCase()] = 'placeholder-key';
    } else {
      throw new Error(`${op.operationId}: security scheme ${name} (${scheme.type}) is not supported here`);
    }
  }
  return headers;
}
