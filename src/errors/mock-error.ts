import type { ParameterIssue } from '../validation/request-validator';

/**
 * The closed set of things that go wrong in a request. Each vendor renders every kind in its
 * own envelope and status (`satisfies Record<MockErrorKind, ...>` in its errors file), so adding
 * a kind fails to compile until all five APIs answer it. Nothing branches on message text.
 */
export const MOCK_ERROR_KINDS = [
  'missing_credentials',
  'invalid_credentials',
  'forbidden',
  'invalid_parameter',
  'unknown_parameter',
  'tenant_not_found',
  'resource_not_found',
  'route_not_found',
  'not_acceptable',
  'too_many_results',
  'rate_limited',
  'internal',
  'service_unavailable',
] as const;

export type MockErrorKind = (typeof MOCK_ERROR_KINDS)[number];

export function isMockErrorKind(value: unknown): value is MockErrorKind {
  return (MOCK_ERROR_KINDS as readonly unknown[]).includes(value);
}

export interface MockErrorDetails {
  /** The parameter at fault, where one is. */
  readonly param?: string;
  /** Why, in words a client developer can act on. */
  readonly reason?: string;
  readonly issues?: readonly ParameterIssue[];
}

export class MockError extends Error {
  constructor(
    readonly kind: MockErrorKind,
    message: string,
    readonly details: MockErrorDetails = {},
  ) {
    super(message);
    this.name = 'MockError';
  }
}

/** Anything thrown becomes a MockError: unknown failures are `internal`, never a stack trace on the wire. */
export function toMockError(error: unknown): MockError {
  if (error instanceof MockError) return error;
  return new MockError('internal', 'internal error');
}

/** One `invalid_parameter` error for the first failing parameter, the rest kept as details. */
export function invalidParameters(issues: readonly ParameterIssue[]): MockError {
  const first = issues[0];
  const param = first?.name ?? '';
  const reason = first ? `${first.in} parameter '${param}' ${first.message}` : 'invalid parameters';
  return new MockError('invalid_parameter', reason, { param, reason, issues });
}
