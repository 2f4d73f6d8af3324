import type { ErrorContext } from '../../src/dialect';
import type { MockError, MockErrorKind } from '../../src/errors/mock-error';
import type { Reply } from '../../src/http/reply';
import { invalidParamsOf } from './invalid-params';
import { uuid4 } from './uuid';

interface Problem {
  readonly status: number;
  /** Astra's problem number (`https://astra.netapp.io/problems/<N>`); undefined → `about:blank`. */
  readonly problem: number | undefined;
  readonly title: string;
  readonly detail: string;
}

/**
 * Every error kind as an Astra problem (api-facts 4.4: the vendor's catalogue, titles verbatim;
 * details of 2–6, 11 and 32 as the seed and spec print them). The tasks list pins 400 → 5|6,
 * 401 → 3|4, 403 → 11, 404 → 2 (api-facts §7), so every 404 here is problem 2, unknown routes
 * under /accounts/ included. The catalogue has no throttling problem: 429 is a plain RFC 7807
 * `about:blank` problem.
 */
const PROBLEMS = {
  missing_credentials: { status: 401, problem: 3, title: 'Missing bearer token', detail: 'The request is missing the required bearer token.' },
  invalid_credentials: { status: 401, problem: 4, title: 'Invalid bearer token', detail: "The bearer token provided is invalid, revoked, or doesn't exist." },
  forbidden: { status: 403, problem: 11, title: 'Operation not permitted', detail: "The requested operation isn't permitted." },
  invalid_parameter: { status: 400, problem: 5, title: 'Invalid query parameters', detail: 'The supplied query parameters are invalid.' },
  too_many_results: { status: 400, problem: 5, title: 'Invalid query parameters', detail: 'The supplied query parameters are invalid.' },
  unknown_parameter: { status: 400, problem: 6, title: 'Query parameters not supported', detail: "The supplied query parameters aren't supported for this endpoint." },
  tenant_not_found: { status: 404, problem: 2, title: 'Collection not found', detail: "The collection specified in the request URI wasn't found." },
  resource_not_found: { status: 404, problem: 2, title: 'Collection not found', detail: "The collection specified in the request URI wasn't found." },
  route_not_found: { status: 404, problem: 2, title: 'Collection not found', detail: "The collection specified in the request URI wasn't found." },
  not_acceptable: { status: 406, problem: 32, title: 'Unsupported content type', detail: "The response can't be returned in the requested format." },
  rate_limited: { status: 429, problem: undefined, title: 'Too many requests', detail: 'Too many requests were sent; retry later.' },
  internal: { status: 500, problem: 34, title: 'Internal server error', detail: 'An internal error occurred while processing the request.' },
  service_unavailable: { status: 503, problem: 24, title: 'Service unavailable', detail: 'The service is temporarily unavailable; retry later.' },
} satisfies Record<MockErrorKind, Problem>;

/**
 * Astra's problem-details envelope (seed 003; api-facts 4.4): `application/problem+json`, `status`
 * as a string, a fresh `correlationID`, and `invalidParams` on problems 5 and 6. Never a stack trace.
 */
export function renderError(error: MockError, ctx: ErrorContext<unknown>): Reply {
  const problem: Problem = PROBLEMS[error.kind];
  const body: Record<string, unknown> = {
    type: problem.problem === undefined ? 'about:blank' : `https://astra.netapp.io/problems/${problem.problem}`,
    title: problem.title,
    detail: problem.detail,
    status: String(problem.status),
    correlationID: uuid4(ctx.rng),
  };
  if (problem.problem === 5 || problem.problem === 6) body['invalidParams'] = invalidParamsOf(error, ctx);
  return { status: problem.status, headers: { 'content-type': 'application/problem+json' }, body };
}
