import { decodeContinue, encodeContinue, pageWindow, queryFingerprint } from './paging';

describe('pageWindow', () => {
  it.each([
    { total: 10, start: 0, limit: undefined, expected: { start: 0, end: 10, next: undefined } },
    { total: 10, start: 0, limit: 3, expected: { start: 0, end: 3, next: 3 } },
    { total: 10, start: 9, limit: 3, expected: { start: 9, end: 10, next: undefined } },
    { total: 10, start: 7, limit: 3, expected: { start: 7, end: 10, next: undefined } },
    { total: 10, start: 6, limit: 3, expected: { start: 6, end: 9, next: 9 } },
    { total: 10, start: 10, limit: 3, expected: { start: 10, end: 10, next: undefined } },
    { total: 10, start: 50, limit: 3, expected: { start: 10, end: 10, next: undefined } },
    { total: 0, start: 0, limit: 20, expected: { start: 0, end: 0, next: undefined } },
    { total: 5, start: 2, limit: undefined, expected: { start: 2, end: 5, next: undefined } },
  ])('total $total, start $start, limit $limit', ({ total, start, limit, expected }) => {
    expect(pageWindow(total, start, limit)).toEqual(expected);
  });
});

describe('continue tokens', () => {
  const fingerprint = queryFingerprint(['account', "state eq 'failed'", '']);

  it('round-trips an offset for the same query, as base64 the spec accepts', () => {
    const token = encodeContinue(40, fingerprint);
    expect(token).toMatch(/^([A-Za-z0-9+/]{4})*(([A-Za-z0-9+/]{2})==|([A-Za-z0-9+/]{3})=)?$/);
    expect(decodeContinue(token, fingerprint)).toBe(40);
  });

  it("honours the spec example's hand-written token {\"offset\":2}, which names no query", () => {
    expect(decodeContinue('eyJvZmZzZXQiOjJ9', fingerprint)).toBe(2);
  });

  it.each([
    { name: 'another query', token: encodeContinue(40, queryFingerprint(['account', '', ''])) },
    { name: 'not JSON inside', token: Buffer.from('hello!').toString('base64') },
    { name: 'JSON without an offset', token: Buffer.from(JSON.stringify({ query: fingerprint })).toString('base64') },
    { name: 'a query that is not a string', token: Buffer.from(JSON.stringify({ offset: 1, query: 5 })).toString('base64') },
    { name: 'a negative offset', token: Buffer.from(JSON.stringify({ offset: -1, query: fingerprint })).toString('base64') },
    { name: 'a fractional offset', token: Buffer.from(JSON.stringify({ offset: 1.5, query: fingerprint })).toString('base64') },
    { name: 'JSON null', token: Buffer.from('null').toString('base64') },
  ])('refuses a token of $name', ({ token }) => {
    expect(decodeContinue(token, fingerprint)).toBeUndefined();
  });

  it('fingerprints differ when any part differs, and keep part boundaries', () => {
    expect(queryFingerprint(['a', 'b'])).not.toBe(queryFingerprint(['a', 'c']));
    expect(queryFingerprint(['ab', ''])).not.toBe(queryFingerprint(['a', 'b']));
    expect(queryFingerprint(['a', 'b'])).toBe(queryFingerprint(['a', 'b']));
  });
});
