/**
 * Why credentials could not be had. Callers branch on `kind`; messages name vendors, schemes,
 * operations and statuses, never a secret.
 */
export type CredentialErrorKind = 'missing' | 'login-failed' | 'unsupported-scheme' | 'invalid-config';

export class CredentialError extends Error {
  constructor(
    readonly kind: CredentialErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'CredentialError';
  }
}

export function isCredentialError(error: unknown, kind?: CredentialErrorKind): error is CredentialError {
  return error instanceof CredentialError && (kind === undefined || error.kind === kind);
}
