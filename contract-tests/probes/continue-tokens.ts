import type { Exchange, Finding } from '../contract-types';
import { defaultParts, urlFor, withoutQuery, withQuery, type UrlParts } from '../url-for';
import { readPointer } from './json-pointer';
import { pagingOf, pagingParams, type PagingSpec } from './paging-extension';
import { listText, skippedReport, type Probe, type ProbeContext } from './probe-context';

export const REPLAY_STABLE = 'continue-replay-stable';
export const RESUMES = 'continue-resumes';
const INVARIANTS = [REPLAY_STABLE, RESUMES];

/**
 * Continue tokens of cursor paging (`x-taskmock-paging` style `cursor`, Astra's `continue`):
 * the same token sent twice answers the same page, and a first page followed by the page
 * its token resumes lists exactly what one page twice as long lists. Only GETs.
 */
export const continueTokens: Probe = {
  name: 'continue-tokens',
  invariants: INVARIANTS,
  async run(ctx) {
    const paging = pagingOf(ctx.op, ctx.validators.specs);
    if (paging?.style !== 'cursor') return ctx.emit(skippedReport(ctx, this.name, INVARIANTS, 'the operation is not paged with continue tokens'));
    if (!ctx.target.stateful) return ctx.emit(skippedReport(ctx, this.name, INVARIANTS, 'target is stateless: continue tokens need real state'));
    if (!paging.limitParam) return ctx.emit(skippedReport(ctx, this.name, INVARIANTS, 'no limitParam: pages of two sizes cannot be compared'));
    const base = withoutQuery(defaultParts(ctx.op, ctx.credentials), pagingParams(paging));
    const size = paging.pageSize;
    const first = await get(ctx, sized(base, paging, size));
    const token = readPointer(first.response.body, paging.nextCursor ?? '');
    if (typeof token !== 'string' || token === '') {
      return ctx.emit(skippedReport(ctx, this.name, INVARIANTS, `the first page of ${size} items carries no continue token: nothing to resume`, [first]));
    }
    const resumed = withQuery(sized(base, paging, size), paging.cursorParam ?? '', [token]);
    const second = await get(ctx, resumed);
    const replay = await get(ctx, resumed);
    const double = await get(ctx, sized(base, paging, size * 2));
    const findings: Finding[] = [];
    const [a, b, b2, both] = [first, second, replay, double].map((exchange) => ids(exchange, paging));
    if (b === undefined || b2 === undefined || b.join('\n') !== b2.join('\n')) {
      findings.push(
        ctx.fail(REPLAY_STABLE, replay, {
          pointer: paging.items,
          expected: `the page the token answered before: ${listText(b ?? [])}`,
          actual: b2 === undefined ? `answer ${replay.response.status} without an item array` : listText(b2),
          message: 'the same continue token answered a different page the second time',
        }),
      );
    }
    const joined = [...(a ?? []), ...(b ?? [])];
    const expected = both?.slice(0, joined.length);
    if (expected === undefined || joined.join('\n') !== expected.join('\n')) {
      findings.push(
        ctx.fail(RESUMES, second, {
          pointer: paging.items,
          expected: `the items after the first page, as a page of ${size * 2} lists them: ${listText(both?.slice(a?.length ?? 0) ?? [])}`,
          actual: listText(b ?? []),
          message: 'the continue token did not resume right after the first page',
        }),
      );
    }
    const invariants = INVARIANTS.map((check) => ({ check, runs: 1 }));
    return ctx.emit({ probe: this.name, operationId: ctx.op.operationId, exchanges: [first, second, replay, double], findings, invariants });
  },
};

function sized(parts: UrlParts, paging: PagingSpec, size: number): UrlParts {
  return withQuery(parts, paging.limitParam ?? '', [String(size)]);
}

async function get(ctx: ProbeContext, parts: UrlParts): Promise<Exchange> {
  return ctx.send('continue-tokens', { method: 'GET', path: urlFor(parts), headers: await ctx.authHeaders() });
}

function ids(exchange: Exchange, paging: PagingSpec): string[] | undefined {
  const items = readPointer(exchange.response.body, paging.items);
  if (exchange.response.status < 200 || exchange.response.status > 299 || !Array.isArray(items)) return undefined;
  return items.map((item) => JSON.stringify(readPointer(item, paging.id)) ?? '(absent)');
}
