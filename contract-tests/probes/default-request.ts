import { defaultParts, urlFor } from '../url-for';
import { readPointer } from './json-pointer';
import { pagingOf } from './paging-extension';
import { skippedReport, type Probe } from './probe-context';
import { notSendable, verbOf } from './sendable';

export const DEFAULT_OK = 'default-request-ok';
const INVARIANTS = [DEFAULT_OK];

/**
 * The operation's default request (`x-taskmock-default-request`, tenant values from the
 * credentials), or its path with the required parameters for an operation without one (a
 * login: POST with the credentials' Basic header). It must succeed: a 2xx answer, holding
 * the item array where the operation is a list (vSphere answers its errors with 200).
 */
export const defaultRequest: Probe = {
  name: 'default-request',
  invariants: INVARIANTS,
  async run(ctx) {
    const refused = notSendable(ctx.op);
    if (refused) return ctx.emit(skippedReport(ctx, this.name, INVARIANTS, refused));
    const path = urlFor(defaultParts(ctx.op, ctx.credentials));
    const exchange = await ctx.send(this.name, { method: verbOf(ctx.op), path, headers: await ctx.authHeaders() });
    const { status, body } = exchange.response;
    const items = pagingOf(ctx.op, ctx.validators.specs)?.items;
    const listed = items === undefined || Array.isArray(readPointer(body, items));
    const ok = status >= 200 && status <= 299 && listed;
    const findings = ok
      ? []
      : [
          ctx.fail(DEFAULT_OK, exchange, {
            pointer: listed ? '' : (items ?? ''),
            expected: items === undefined ? 'a 2xx answer' : `a 2xx answer with the item array at '${items}'`,
            actual: `${status}: ${exchange.response.text.slice(0, 200)}`,
            message: 'the default request did not succeed',
          }),
        ];
    return ctx.emit({ probe: this.name, operationId: ctx.op.operationId, exchanges: [exchange], findings, invariants: [{ check: DEFAULT_OK, runs: 1 }] });
  },
};
