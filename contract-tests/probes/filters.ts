import type { Exchange, Finding } from '../contract-types';
import { queryValues, withQuery } from '../url-for';
import { chooseValue, filterCases, itemMatches, type FilterCase } from './filter-cases';
import { joinPointer, readPointer } from './json-pointer';
import { acceptsValue } from './param-check';
import { filtersOf } from './param-extensions';
import { listText, skippedReport, type Baseline, type InvariantRun, type Probe, type ProbeContext, type ProbeReport } from './probe-context';
import { walkPages, type Walk } from './walk-pages';

export const FILTER_MATCHES = 'filter-matches';
export const FILTER_SUBSET = 'filter-subset';
export const FILTER_EXACT = 'filter-exact';
const INVARIANTS = [FILTER_MATCHES, FILTER_SUBSET, FILTER_EXACT];
const PROBE = 'filters';

/**
 * For each parameter with `x-taskmock-filter`: a value seen in the unfiltered walk (the most
 * common, so the answer is not empty) is sent, and the filtered walk must hold only matching
 * items, only items of the unfiltered list, and, when both walks are complete, exactly the
 * unfiltered items that match (an ignored filter fails here). A parameter the default request
 * already sets (Snapservice's `services`) is judged on the unfiltered walk itself.
 */
export const filters: Probe = {
  name: PROBE,
  invariants: INVARIANTS,
  async run(ctx) {
    const cases = filtersOf(ctx.op).flatMap(filterCases);
    if (cases.length === 0) return ctx.emit(skippedReport(ctx, PROBE, INVARIANTS, 'the operation has no parameter with x-taskmock-filter'));
    if (!ctx.target.stateful) return ctx.emit(skippedReport(ctx, PROBE, INVARIANTS, 'target is stateless: filter correctness needs real state'));
    const baseline = ctx.memo.baseline;
    if (!baseline || baseline.walk.pages.length === 0) {
      return ctx.emit(skippedReport(ctx, PROBE, INVARIANTS, `no unfiltered list to compare with: ${baseline?.walk.stop ?? 'the paging walk did not run'}`));
    }
    for (const filter of cases) ctx.emit(await runCase(ctx, baseline, filter));
  },
};

async function runCase(ctx: ProbeContext, baseline: Baseline, filter: FilterCase): Promise<ProbeReport> {
  const probe = `filter:${filter.label}`;
  const items = baseline.walk.pages.flatMap((page) => page.items);
  const preset = queryValues(baseline.parts, filter.param);
  if (preset.length > 0) return judgePreset(ctx, baseline, filter, preset);
  const param = ctx.op.parameters.find((p) => p.in === 'query' && p.name === filter.param);
  const example = param?.example;
  const value = filter.match === 'narrows' ? (Array.isArray(example) ? example[0] : example) : chooseValue(filter, items);
  if (value === undefined || value === null) {
    return skippedReport(ctx, probe, INVARIANTS, `no value for ${filter.fields.join(' or ') || filter.param} seen in the unfiltered list (${items.length} items)`);
  }
  const sent = filter.encode(String(value));
  if (param && !acceptsValue(ctx, param, [sent])) {
    return skippedReport(ctx, probe, INVARIANTS, `the value seen, ${JSON.stringify(sent)}, is not one the parameter's schema accepts`);
  }
  const walk = await walkPages(ctx, probe, withQuery(baseline.parts, filter.param, [sent]), baseline.paging);
  const findings: Finding[] = [];
  const runs: InvariantRun[] = [];
  const filtered = idItems(baseline, walk);
  const strays = filtered.filter(({ item }) => itemMatches(filter, item, [String(value)]) === false);
  runs.push(filter.match === 'narrows' ? { check: FILTER_MATCHES, runs: 0, skipped: 'the items carry no field this parameter is matched on' } : { check: FILTER_MATCHES, runs: 1 });
  for (const { exchange, pointer, id, item } of strays.slice(0, 5)) {
    findings.push(
      ctx.fail(FILTER_MATCHES, exchange, {
        pointer,
        expected: `an item whose ${filter.fields.join(' or ')} ${describeMatch(filter)} ${JSON.stringify(String(value))}`,
        actual: `item ${id}: ${listText(filter.fields.map((f) => readPointer(item, f) ?? '(absent)'))}`,
        message: `${filter.param}=${sent} answered an item that does not match (${strays.length} such items)`,
      }),
    );
  }
  const unfiltered = new Map(idItems(baseline, baseline.walk).map((entry) => [entry.id, entry.item]));
  if (!baseline.walk.complete) {
    const why = `the unfiltered walk did not complete: ${baseline.walk.stop}`;
    runs.push({ check: FILTER_SUBSET, runs: 0, skipped: why }, { check: FILTER_EXACT, runs: 0, skipped: why });
  } else {
    runs.push({ check: FILTER_SUBSET, runs: 1 });
    const strangers = filtered.filter(({ id }) => !unfiltered.has(id));
    for (const { exchange, pointer, id } of strangers.slice(0, 5)) {
      findings.push(
        ctx.fail(FILTER_SUBSET, exchange, {
          pointer,
          expected: 'an item of the unfiltered list',
          actual: `item ${id}, absent from the unfiltered list`,
          message: `${filter.param}=${sent} answered an item the unfiltered list does not hold (${strangers.length} such items)`,
        }),
      );
    }
    findings.push(...exactness(ctx, filter, walk, filtered, unfiltered, String(value), sent, runs));
  }
  return { probe, operationId: ctx.op.operationId, exchanges: walk.exchanges, findings, invariants: runs };
}

/** The filtered walk's ids against the unfiltered items that match (undecidable items on neither side). */
function exactness(
  ctx: ProbeContext,
  filter: FilterCase,
  walk: Walk,
  filtered: readonly IdItem[],
  unfiltered: ReadonlyMap<string, unknown>,
  value: string,
  sent: string,
  runs: InvariantRun[],
): Finding[] {
  if (filter.match === 'narrows') {
    runs.push({ check: FILTER_EXACT, runs: 0, skipped: 'the items carry no field this parameter is matched on' });
    return [];
  }
  const last = walk.exchanges[walk.exchanges.length - 1];
  if (!walk.complete || !last) {
    runs.push({ check: FILTER_EXACT, runs: 0, skipped: `the filtered walk did not complete: ${walk.stop}` });
    return [];
  }
  runs.push({ check: FILTER_EXACT, runs: 1 });
  const got = new Set(filtered.filter(({ item }) => itemMatches(filter, item, [value]) !== undefined).map(({ id }) => id));
  const want = [...unfiltered].filter(([, item]) => itemMatches(filter, item, [value]) === true).map(([id]) => id);
  const missing = want.filter((id) => !got.has(id));
  const extra = [...got].filter((id) => !want.includes(id));
  if (missing.length === 0 && extra.length === 0) return [];
  return [
    ctx.fail(FILTER_EXACT, last, {
      pointer: '',
      expected: `the ${want.length} unfiltered items that match ${filter.param}=${sent}`,
      actual: `${got.size} items; missing ${listText(missing, 5)}; not expected ${listText(extra, 5)}`,
      message: `${filter.param}=${sent} did not answer exactly the matching part of the unfiltered list`,
    }),
  ];
}

/** A filter the default request already sets: every unfiltered item must match its values. */
function judgePreset(ctx: ProbeContext, baseline: Baseline, filter: FilterCase, preset: readonly string[]): ProbeReport {
  const probe = `filter:${filter.label}`;
  const why = `the default request already sets ${filter.param}: its unfiltered list is not asked for`;
  const runs: InvariantRun[] = [
    { check: FILTER_SUBSET, runs: 0, skipped: why },
    { check: FILTER_EXACT, runs: 0, skipped: why },
  ];
  // An expression or an uncomparable parameter cannot be read back from its written value.
  if (filter.match === 'narrows' || filter.quoted) return skippedReport(ctx, probe, INVARIANTS, why);
  runs.push({ check: FILTER_MATCHES, runs: 1 });
  const bad = idItems(baseline, baseline.walk).filter(({ item }) => itemMatches(filter, item, preset) === false);
  const findings = bad.slice(0, 5).map(({ exchange, pointer, id }) =>
    ctx.fail(FILTER_MATCHES, exchange, {
      pointer,
      expected: `an item whose ${filter.fields.join(' or ')} ${describeMatch(filter)} ${listText(preset)}`,
      actual: `item ${id}`,
      message: `the default request's ${filter.param} answered an item that does not match (${bad.length} such items)`,
    }),
  );
  return { probe, operationId: ctx.op.operationId, exchanges: [], findings, invariants: runs };
}

interface IdItem {
  readonly id: string;
  readonly item: unknown;
  readonly exchange: Exchange;
  readonly pointer: string;
}

function idItems(baseline: Baseline, walk: Walk): IdItem[] {
  const { paging } = baseline;
  return walk.pages.flatMap((page) =>
    page.items.map((item, index) => ({
      id: JSON.stringify(readPointer(item, paging.id)) ?? `(no id: item ${index})`,
      item,
      exchange: page.exchange,
      pointer: joinPointer(paging.items, index),
    })),
  );
}

function describeMatch(filter: FilterCase): string {
  const words: Record<FilterCase['match'], string> = {
    equals: 'equals',
    'one-of': 'is one of',
    contains: filter.ignoreCase ? 'contains (any case)' : 'contains',
    'not-before': 'is at or after',
    'not-after': 'is at or before',
    narrows: 'is narrowed by',
  };
  return words[filter.match];
}
