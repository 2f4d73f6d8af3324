import { findResponse } from '../../src/spec/find-response';
import type { Finding, ResponseCheck } from '../contract-types';
import { describeIssue } from './describe-issue';
import { makeFinding } from './make-finding';
import { headerMatcher } from './schema-matcher';

const NAME = 'required-headers';

/**
 * Every header the documented response marks `required: true` is present (CBR's
 * `X-Request-Id`), and every documented header that is present meets its schema (a
 * `WWW-Authenticate` challenge of the documented form). Header values arrive as strings and
 * are coerced like parameters before validation.
 */
export const requiredHeaders: ResponseCheck = {
  name: NAME,
  run(exchange, ctx) {
    const documented = findResponse(ctx.op, exchange.response.status);
    if (!documented) return [];
    const findings: Finding[] = [];
    for (const [name, header] of Object.entries(documented.headers)) {
      const pointer = `/headers/${name.toLowerCase()}`;
      const value = exchange.response.headers[name.toLowerCase()];
      if (value === undefined) {
        if (!header.required) continue;
        findings.push(
          makeFinding(exchange, ctx, NAME, 'failure', {
            pointer,
            expected: `header ${name} (required)`,
            actual: '(absent)',
            message: `${exchange.response.status} answer without the required header ${name}`,
          }),
        );
        continue;
      }
      if (header.schema === undefined) continue;
      for (const issue of headerMatcher(ctx.validators).issues(ctx.vendor, header.schema, value)) {
        const { expected } = describeIssue(issue, value);
        findings.push(
          makeFinding(exchange, ctx, NAME, 'failure', {
            pointer,
            expected,
            actual: value,
            message: `header ${name} ${issue.message}`,
          }),
        );
      }
    }
    return findings;
  },
};
