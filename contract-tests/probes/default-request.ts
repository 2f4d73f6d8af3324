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
 * the item array where the operation is a list (vSphere answers its errors with 200). A
 * DELETE (sent to taskmock only) is sent twice, and both answers must succeed.
 */
export const defaultRequest: Probe = {
  name: 'default-request',
  invariants: INVARIANTS,
  async run(ctx) {
    const refused = notSendable(ctx.op, ctx.target, ctx.validators.specs);
    if (refused) return ctx.emit(skippedReport(ctx, this.name, INVARIANTS, refused));
    const path = urlFor(defaultParts(ctx.op, ctx.credentials));
    const headers = await ctx.authHeaders();
    const exchanges = [await ctx.send(this.name, { method: verbOf(ctx.op), path, headers })];
    // A DELETE may be repeated with the same effect (RFC 9110 9.2.2): the repeat must succeed too.
    if (ctx.op.method === 'delete') exchanges.push(await ctx.send(`${this.name}:repeat`, { method: verbOf(ctx.op), path, headers }));
    const items = pagingOf(ctx.op, ctx.validators.specs)?.items;
    const findings = exchanges.flatMap((exchange) => {
      const { status, body } = exchange.response;
      const listed = items === undefined || Array.isArray(readPointer(body, items));
      if (status >= 200 && status <= 299 && listed) return [];
      return [
        ctx.fail(DEFAULT_OK, exchange, {
          pointer: listed ? '' : (items ?? ''),
          expected: items === undefined ? 'a 2xx answer' : `a 2xx answer with the item array at '${items}'`,
          actual: `${status}: ${exchange.response.text.slice(0, 200)}`,
          message: 'the default request did not succeed',
        }),
      ];
    });
    return ctx.emit({ probe: this.name, operationId: ctx.op.operationId, exchanges, findings, invariants: [{ check: DEFAULT_OK, runs: exchanges.length }] });
  },
};
