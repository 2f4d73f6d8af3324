import type { ParameterObject } from '../../src/spec/openapi-types';
import { chooseValue, filterCases, isoSeconds, itemMatches, timeOf, type FilterCase } from './filter-cases';
import type { FilterSpec } from './param-extensions';

const param = (name: string): ParameterObject => ({ name, in: 'query' });
const spec = (overrides: Partial<FilterSpec> & Pick<FilterSpec, 'match'>): FilterSpec => ({
  param: param('p'),
  fields: ['/status'],
  ignoreCase: false,
  whenAbsent: 'no-match',
  ...overrides,
});
const single = (overrides: Partial<FilterSpec> & Pick<FilterSpec, 'match'>): FilterCase => filterCases(spec(overrides))[0] as FilterCase;

describe('timeOf', () => {
  it.each([
    ['2024-06-03T02:00:05.118+00:00', Date.UTC(2024, 5, 3, 2, 0, 5, 118)],
    ['2024-06-03T02:00:05Z', Date.UTC(2024, 5, 3, 2, 0, 5)],
    ['2019-05-23T14:31:36.039418', Date.UTC(2019, 4, 23, 14, 31, 36, 39)],
    ['2020-08-06T12:24:52.256624Z', Date.UTC(2020, 7, 6, 12, 24, 52, 256)],
    ['2024-06-03T10:00:05+0800', Date.UTC(2024, 5, 3, 2, 0, 5)],
  ])('reads %s as UTC when it has no offset', (text, ms) => {
    expect(timeOf(text)).toBe(ms);
  });

  it('gives NaN for anything else', () => {
    expect(timeOf('yesterday')).toBeNaN();
    expect(timeOf(1630074682)).toBeNaN();
  });

  it('writes whole seconds with Z', () => {
    expect(isoSeconds(Date.UTC(2021, 7, 31, 8, 20, 0, 999))).toBe('2021-08-31T08:20:00Z');
  });
});

describe('chooseValue', () => {
  const items = [{ status: 'failed' }, { status: 'success' }, { status: 'success' }, { status: 'running' }, {}];

  it('takes the most common value, so the filtered list is not empty', () => {
    expect(chooseValue(single({ match: 'equals' }), items)).toBe('success');
  });

  it('takes the first seen on a tie, and counts an item once though several fields hold the value', () => {
    const names = single({ match: 'contains', fields: ['/name', '/target'] });
    expect(chooseValue(names, [{ name: 'a', target: 'a' }, { name: 'b' }, { target: 'b' }])).toBe('b');
    expect(chooseValue(single({ match: 'equals' }), [{ status: 'x' }, { status: 'y' }])).toBe('x');
  });

  it('takes the median time, cut to seconds, for a time bound', () => {
    const times = ['2024-01-01T00:00:00Z', '2024-01-03T00:00:00.900Z', '2024-01-02T12:30:15.500Z'].map((t) => ({ started_at: t }));
    expect(chooseValue(single({ match: 'not-before', fields: ['/started_at'] }), times)).toBe('2024-01-02T12:30:15Z');
  });

  it('skips values an expression cannot quote, and gives undefined when nothing is usable', () => {
    const expression = filterCases(spec({ match: 'expression', param: param('filter'), fields: ['/name'] }))[0] as FilterCase;
    expect(chooseValue(expression, [{ name: "it's" }, { name: "it's" }, { name: 'plain' }])).toBe('plain');
    expect(chooseValue(single({ match: 'equals' }), [{}, { status: '' }])).toBeUndefined();
  });
});

describe('filterCases', () => {
  it("writes one Astra-style condition per field of an expression parameter", () => {
    const cases = filterCases(spec({ match: 'expression', param: param('filter'), fields: ['/state', '/metadata/createdBy'] }));
    expect(cases.map((c) => [c.label, c.encode('v')])).toEqual([
      ['filter(state)', "state eq 'v'"],
      ['filter(metadata.createdBy)', "metadata.createdBy eq 'v'"],
    ]);
    expect(cases.every((c) => c.match === 'equals')).toBe(true);
  });
});

describe('itemMatches', () => {
  it('equals and one-of compare the text of the value; an absent field does not match', () => {
    expect(itemMatches(single({ match: 'equals' }), { status: 'success' }, ['success'])).toBe(true);
    expect(itemMatches(single({ match: 'equals' }), { status: 'failed' }, ['success'])).toBe(false);
    expect(itemMatches(single({ match: 'one-of', fields: ['/n'] }), { n: 3 }, ['2', '3'])).toBe(true);
    expect(itemMatches(single({ match: 'equals' }), {}, ['success'])).toBe(false);
  });

  it('contains is a substring test on any of the fields, in any case when asked', () => {
    const names = single({ match: 'contains', fields: ['/name', '/target'], ignoreCase: true });
    expect(itemMatches(names, { name: 'Create VM', target: 'web-01' }, ['WEB'])).toBe(true);
    expect(itemMatches(names, { name: 'Create VM', target: 'db-01' }, ['web'])).toBe(false);
    expect(itemMatches(single({ match: 'contains', fields: ['/name'] }), { name: 'Web' }, ['web'])).toBe(false);
  });

  it('time bounds compare instants, and an absent time is undecidable when the spec says so', () => {
    const before = single({ match: 'not-after', fields: ['/ended_at'], whenAbsent: 'unknown' });
    expect(itemMatches(before, { ended_at: '2024-01-01T00:00:00.000+00:00' }, ['2024-01-01T00:00:00Z'])).toBe(true);
    expect(itemMatches(before, { ended_at: '2024-01-01T00:00:01' }, ['2024-01-01T00:00:00Z'])).toBe(false);
    expect(itemMatches(before, { ended_at: null }, ['2024-01-01T00:00:00Z'])).toBeUndefined();
    const after = single({ match: 'not-before', fields: ['/started_at'] });
    expect(itemMatches(after, { started_at: '2024-01-01T00:00:00Z' }, ['2024-01-01T00:00:00Z'])).toBe(true);
    expect(itemMatches(after, {}, ['2024-01-01T00:00:00Z'])).toBe(false);
  });

  it('cannot judge a parameter that only narrows', () => {
    expect(itemMatches(single({ match: 'narrows', fields: [] }), { status: 'x' }, ['all'])).toBeUndefined();
  });
});
