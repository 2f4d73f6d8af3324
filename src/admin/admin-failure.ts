import type { Reply } from '../http/reply';
import { ChangeRefused, type Problem } from '../state/change-refused';
import { MockError } from '../errors/mock-error';

export type AdminErrorKind = 'invalid_request' | 'not_found' | 'too_large' | 'unauthorized' | 'internal' | 'unavailable';

const STATUS: Record<AdminErrorKind, number> = { invalid_request: 400, not_found: 404, too_large: 413, unauthorized: 401, internal: 500, unavailable: 503 };

/** An admin request that cannot be served: the kind, in words, and every problem found. */
export class AdminFailure extends Error {
  constructor(
    readonly kind: AdminErrorKind,
    message: string,
    readonly problems: readonly Problem[] = [],
  ) {
    super(message);
    this.name = 'AdminFailure';
  }
}

/** The admin error envelope (decisions.md): `{error, message, problems?}` with its status. */
export function toAdminErrorReply(error: unknown): Reply {
  const failure = toAdminFailure(error);
  const body = failure.problems.length > 0 ? { error: failure.kind, message: failure.message, problems: failure.problems } : { error: failure.kind, message: failure.message };
  return { status: STATUS[failure.kind], body };
}

function toAdminFailure(error: unknown): AdminFailure {
  if (error instanceof AdminFailure) return error;
  if (error instanceof ChangeRefused) return new AdminFailure(error.status === 404 ? 'not_found' : 'invalid_request', error.message, error.problems);
  // A vendor refusing a partial task it cannot complete speaks in MockErrors.
  if (error instanceof MockError && error.kind !== 'internal') return new AdminFailure('invalid_request', error.message);
  return new AdminFailure('internal', 'internal error');
}
