import { Journal, redactUrl } from './journal';

const entry = (n: number, vendor = 'cbr') => ({ at: n, vendor, operationId: 'op', method: 'GET', url: `/x?n=${n}`, status: n % 2 ? 200 : 429, ms: 1, fault: undefined });

describe('Journal', () => {
  it('keeps the last `capacity` requests, newest first, filtered', () => {
    const journal = new Journal(3);
    for (let n = 1; n <= 5; n += 1) journal.record(entry(n, n === 4 ? 'astra' : 'cbr'));
    expect(journal.list().map((e) => e.url)).toEqual(['/x?n=5', '/x?n=4', '/x?n=3']);
    expect(journal.list({ vendor: 'cbr' }).map((e) => e.url)).toEqual(['/x?n=5', '/x?n=3']);
    expect(journal.list({ status: 429 }).map((e) => e.url)).toEqual(['/x?n=4']);
    expect(journal.list({ limit: 1 })[0]?.at).toBe(new Date(5).toISOString());
    journal.clear();
    expect(journal.list()).toEqual([]);
  });

  it('redacts secret query values when read', () => {
    expect(redactUrl('/a?limit=2&token=abc&X-Auth-Token=s&password=p')).toBe('/a?limit=2&token=***&X-Auth-Token=***&password=***');
    expect(redactUrl('/a')).toBe('/a');
  });
});
