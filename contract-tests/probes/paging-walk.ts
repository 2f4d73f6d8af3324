import type { Finding } from '../contract-types';
import { defaultParts, urlFor, withoutQuery } from '../url-for';
import { joinPointer, readPointer } from './json-pointer';
import { pagingOf, pagingParams, type PagingSpec } from './paging-extension';
import { listText, skippedReport, type InvariantRun, type Probe, type ProbeContext, type ProbeReport } from './probe-context';
import { pageParts, walkIds, walkPages, type Walk } from './walk-pages';

export const NO_DUPLICATES = 'paging-no-duplicates';
export const NO_GAPS = 'paging-no-gaps';
export const STABLE_ORDER = 'paging-stable-order';
export const TOTALS_AGREE = 'paging-totals-agree';
const INVARIANTS = [NO_DUPLICATES, NO_GAPS, STABLE_ORDER, TOTALS_AGREE];

/**
 * Walks the whole list (within the page budget) and judges it: no id twice, as many distinct
 * items as the total says once the walk is complete, the same totals on every page, and the
 * first page the same, in the same order, when fetched again at the end. The walk is kept
 * for the filter probes. Needs a stateful target: Prism invents every page.
 */
export const pagingWalk: Probe = {
  name: 'paging-walk',
  invariants: INVARIANTS,
  async run(ctx) {
    if (!ctx.target.stateful) return ctx.emit(skippedReport(ctx, this.name, INVARIANTS, 'target is stateless: paging invariants need real state'));
    const paging = pagingOf(ctx.op, ctx.validators.specs);
    if (!paging) return ctx.emit(skippedReport(ctx, this.name, INVARIANTS, 'the operation declares no x-taskmock-paging: not a list'));
    const parts = withoutQuery(defaultParts(ctx.op, ctx.credentials), pagingParams(paging));
    const walk = await walkPages(ctx, this.name, parts, paging);
    ctx.memo.baseline = { parts, paging, walk };
    if (walk.pages.length === 0) return ctx.emit(skippedReport(ctx, this.name, INVARIANTS, `no page to judge: ${walk.stop}`, walk.exchanges));
    const refetch = await ctx.send(this.name, { method: 'GET', path: urlFor(pageParts(parts, paging, 0)), headers: await ctx.authHeaders() });
    const findings: Finding[] = [...duplicates(ctx, walk, paging), ...totalsDisagree(ctx, walk, paging)];
    const runs: InvariantRun[] = [
      { check: NO_DUPLICATES, runs: 1 },
      paging.total === undefined ? { check: TOTALS_AGREE, runs: 0, skipped: 'the list body carries no total' } : { check: TOTALS_AGREE, runs: 1 },
    ];
    const gaps = gapVerdict(ctx, walk, paging);
    findings.push(...gaps.findings);
    runs.push(gaps.run);
    const first = walk.pages[0];
    const before = first ? idsOf(first.items, paging) : [];
    const again = readPointer(refetch.response.body, paging.items);
    const after = Array.isArray(again) ? idsOf(again, paging) : undefined;
    runs.push({ check: STABLE_ORDER, runs: 1 });
    if (after === undefined || after.join('\n') !== before.join('\n')) {
      findings.push(
        ctx.fail(STABLE_ORDER, refetch, {
          pointer: paging.items,
          expected: `the first page's ids again, in the same order: ${listText(before)}`,
          actual: after === undefined ? `answer ${refetch.response.status} without an item array` : listText(after),
          message: 'the first page fetched again at the end of the walk lists other items or another order',
        }),
      );
    }
    const report: ProbeReport = {
      probe: this.name,
      operationId: ctx.op.operationId,
      exchanges: [...walk.exchanges, refetch],
      findings,
      invariants: runs,
      ...(walk.complete ? {} : { note: `walk not complete: ${walk.stop}` }),
    };
    return ctx.emit(report);
  },
};

function idsOf(items: readonly unknown[], paging: PagingSpec): string[] {
  return items.map((item) => JSON.stringify(readPointer(item, paging.id)) ?? '(absent)');
}

function duplicates(ctx: ProbeContext, walk: Walk, paging: PagingSpec): Finding[] {
  const seen = new Map<string, { page: number; index: number }>();
  const findings: Finding[] = [];
  for (const { id, page, index } of walkIds(walk, paging)) {
    const first = seen.get(id);
    if (!first) {
      seen.set(id, { page, index });
      continue;
    }
    const exchange = walk.pages[page]?.exchange;
    if (!exchange) continue;
    findings.push(
      ctx.fail(NO_DUPLICATES, exchange, {
        pointer: joinPointer(paging.items, index, paging.id),
        expected: 'an id not listed earlier in the walk',
        actual: `${id}, already item ${first.index} of page ${first.page + 1}`,
        message: `page ${page + 1} lists an item the walk has already seen`,
      }),
    );
  }
  return findings;
}

function totalsDisagree(ctx: ProbeContext, walk: Walk, paging: PagingSpec): Finding[] {
  if (paging.total === undefined) return [];
  const first = JSON.stringify(walk.pages[0]?.total);
  return walk.pages
    .filter((page) => JSON.stringify(page.total) !== first)
    .map((page) =>
      ctx.fail(TOTALS_AGREE, page.exchange, {
        pointer: paging.total ?? '',
        expected: `${first} (the first page's total)`,
        actual: JSON.stringify(page.total) ?? '(absent)',
        message: 'the total changed between pages of one walk',
      }),
    );
}

/** Distinct items against the total, judged only on a complete walk of a list that has a total. */
function gapVerdict(ctx: ProbeContext, walk: Walk, paging: PagingSpec): { run: InvariantRun; findings: Finding[] } {
  if (paging.total === undefined) return { run: { check: NO_GAPS, runs: 0, skipped: 'the list body carries no total' }, findings: [] };
  if (!walk.complete) return { run: { check: NO_GAPS, runs: 0, skipped: `the walk did not complete: ${walk.stop}` }, findings: [] };
  const last = walk.pages[walk.pages.length - 1];
  const total = last?.total;
  const distinct = new Set(walk.pages.flatMap((page) => idsOf(page.items, paging))).size;
  const run = { check: NO_GAPS, runs: 1 };
  if (!last || total === distinct) return { run, findings: [] };
  const finding = ctx.fail(NO_GAPS, last.exchange, {
    pointer: paging.total ?? '',
    expected: `${distinct} (the distinct items of the complete walk, over ${walk.pages.length} pages)`,
    actual: JSON.stringify(total) ?? '(absent)',
    message: 'the total does not agree with the number of distinct items the complete walk found',
  });
  return { run, findings: [finding] };
}
