import { formatCbrTimestamp, parseCbrTimestamp } from './cbr-time';

describe('parseCbrTimestamp', () => {
  it.each([
    ['2019-05-23T14:31:36.007+00:00', Date.UTC(2019, 4, 23, 14, 31, 36, 7)],
    ['2020-02-23T01:00:32Z', Date.UTC(2020, 1, 23, 1, 0, 32)],
    ['2019-05-23T14:31:36.039418', Date.UTC(2019, 4, 23, 14, 31, 36, 39)],
    ['2019-05-23T14:31:36', Date.UTC(2019, 4, 23, 14, 31, 36)],
    ['2019-05-23T22:31:36.5+08:00', Date.UTC(2019, 4, 23, 14, 31, 36, 500)],
    ['2019-05-23T09:31:36-0500', Date.UTC(2019, 4, 23, 14, 31, 36)],
    ['2024-02-29T00:00:00Z', Date.UTC(2024, 1, 29)],
  ])('reads %s', (text, epoch) => {
    expect(parseCbrTimestamp(text)).toBe(epoch);
  });

  it.each(['2021-02-29T00:00:00Z', '2021-04-31T00:00:00Z', '2021-13-01T00:00:00Z', '2021-01-01T24:00:00Z', '2021-01-01', 'yesterday', ''])(
    'gives NaN for %j, which is not a real instant',
    (text) => {
      expect(parseCbrTimestamp(text)).toBeNaN();
    },
  );
});

describe('formatCbrTimestamp', () => {
  const at = Date.UTC(2021, 7, 31, 8, 19, 3, 42);
  it.each([
    ['offset', '2021-08-31T08:19:03.042+00:00'],
    ['zulu', '2021-08-31T08:19:03Z'],
    ['naive', '2021-08-31T08:19:03.042517'],
  ] as const)('writes the %s form', (style, text) => {
    expect(formatCbrTimestamp(at, style, 517)).toBe(text);
  });

  it.each(['offset', 'naive'] as const)('round-trips the %s form to the millisecond', (style) => {
    expect(parseCbrTimestamp(formatCbrTimestamp(at, style, 999))).toBe(at);
  });
});

describe('parseCbrTimestamp against Date.parse', () => {
  it('agrees on 2,000 instants from 1970 to 2099 in every form', () => {
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 2000; i += 1) {
      const ms = Math.floor((next() / 2 ** 31) * Date.UTC(2099, 11, 31));
      const iso = new Date(ms).toISOString();
      expect(parseCbrTimestamp(iso)).toBe(ms);
      expect(parseCbrTimestamp(formatCbrTimestamp(ms, 'offset'))).toBe(ms);
      expect(parseCbrTimestamp(formatCbrTimestamp(ms, 'naive', 123))).toBe(ms);
      expect(parseCbrTimestamp(formatCbrTimestamp(ms, 'zulu'))).toBe(Date.parse(`${iso.slice(0, 19)}Z`));
    }
  });
});
