/**
 * Why a target refused or failed a request. Callers branch on `kind` (the runner skips the
 * remaining probes of a spent budget with that reason), never on the message text.
 */
export type TargetErrorKind = 'budget-exceeded' | 'timeout' | 'unreachable' | 'refused';

export class TargetError extends Error {
  constructor(
    readonly kind: TargetErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'TargetError';
  }
}

/** The target's request budget is spent: the request was NOT sent. */
export class BudgetExceeded extends TargetError {
  constructor(
    readonly budget: number,
    request: string,
  ) {
    super('budget-exceeded', `request budget of ${budget} spent; not sent: ${request}`);
    this.name = 'BudgetExceeded';
  }
}

/** No complete answer within the timeout (headers or body). */
export class TargetTimeout extends TargetError {
  constructor(
    readonly timeoutMs: number,
    request: string,
  ) {
    super('timeout', `no answer within ${timeoutMs} ms: ${request}`);
    this.name = 'TargetTimeout';
  }
}

/** The connection failed (refused, reset, DNS): the target could not be asked at all. */
export class TargetUnreachable extends TargetError {
  constructor(request: string, cause: string) {
    super('unreachable', `could not reach the target (${cause}): ${request}`);
    this.name = 'TargetUnreachable';
  }
}

/** A request the target will not send: `/__admin` or a body to a server not known to be taskmock. */
export class RequestRefused extends TargetError {
  constructor(request: string) {
    super('refused', `not sent: /__admin and request bodies go to taskmock only, and this target is not known to be taskmock (--taskmock): ${request}`);
    this.name = 'RequestRefused';
  }
}

export function isTargetError(error: unknown, kind?: TargetErrorKind): error is TargetError {
  return error instanceof TargetError && (kind === undefined || error.kind === kind);
}
