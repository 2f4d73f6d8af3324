import { BoundedMemo } from './bounded-memo';

describe('BoundedMemo', () => {
  it('computes a value once per key and gives it back after', () => {
    const memo = new BoundedMemo<string, { key: string }>();
    const compute = jest.fn((key: string) => ({ key }));
    const first = memo.get('/a', compute);
    expect(memo.get('/a', compute)).toBe(first);
    expect(memo.get('/b', compute)).toEqual({ key: '/b' });
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('never holds more than its limit: when full it starts again empty', () => {
    const memo = new BoundedMemo<number, string>(2);
    const compute = jest.fn((key: number) => `v${key}`);
    for (const key of [1, 2, 3]) memo.get(key, compute);
    expect(memo.size).toBeLessThanOrEqual(2);
    memo.get(1, compute);
    expect(compute).toHaveBeenCalledTimes(4);
  });
});
