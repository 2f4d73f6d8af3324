import { toGoTime, toUnixSeconds } from './go-time';

describe('toGoTime (Go RFC 3339 with trailing zeros trimmed, as seed 000 prints it)', () => {
  it.each([
    { ms: Date.parse('2021-08-30T11:41:27.796Z'), micros: 230, expected: '2021-08-30T11:41:27.79623Z' },
    { ms: Date.parse('2021-08-31T08:15:01.673Z'), micros: 0, expected: '2021-08-31T08:15:01.673Z' },
    { ms: Date.parse('2021-08-31T08:18:02.790Z'), micros: 999, expected: '2021-08-31T08:18:02.790999Z' },
    { ms: Date.parse('2021-08-31T08:18:02.000Z'), micros: 0, expected: '2021-08-31T08:18:02Z' },
    { ms: Date.parse('2021-08-31T08:18:02.000Z'), micros: 5, expected: '2021-08-31T08:18:02.000005Z' },
  ])('$expected', ({ ms, micros, expected }) => {
    expect(toGoTime(ms, micros)).toBe(expected);
    expect(toUnixSeconds(Date.parse(expected))).toBe(Math.floor(ms / 1000));
  });
});
