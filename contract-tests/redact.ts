/** What replaces a secret in any text the suite prints or writes. */
export const REDACTED = '***';

/**
 * Replaces every secret, and its base64 form, by `***`. The base64 form is there because
 * Basic credentials travel as `b64(user:password)`: the credentials list `user:password` as a
 * secret so the header value is caught too. Longer secrets go first, so a secret that
 * contains a shorter one is not left half redacted.
 */
export function redact(text: string, secrets: readonly string[]): string {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (secret === '') continue;
    forms.add(secret);
    forms.add(Buffer.from(secret, 'utf8').toString('base64'));
  }
  let out = text;
  for (const form of [...forms].sort((a, b) => b.length - a.length)) out = out.split(form).join(REDACTED);
  return out;
}

/** `redact` applied to every string inside a JSON value (keys too), for structured reports. */
export function redactDeep<T>(value: T, secrets: readonly string[]): T {
  return walk(value, secrets) as T;
}

function walk(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === 'string') return redact(value, secrets);
  if (Array.isArray(value)) return value.map((item) => walk(item, secrets));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [redact(key, secrets), walk(item, secrets)]));
  }
  return value;
}
