import { WeakMemo } from './weak-memo';

describe('WeakMemo', () => {
  it('computes once per object, by identity: an equal but different object is computed anew', () => {
    const memo = new WeakMemo<{ q: string }, string[]>();
    const compute = jest.fn((key: { q: string }) => [key.q]);
    const params = { q: 'a' };
    const first = memo.get(params, compute);
    expect(memo.get(params, compute)).toBe(first);
    expect(memo.get({ q: 'a' }, compute)).not.toBe(first);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('keeps nothing when the computation throws, so the next use throws again', () => {
    const memo = new WeakMemo<object, number>();
    const params = {};
    const compute = jest.fn((): number => {
      throw new Error('bad parameter');
    });
    expect(() => memo.get(params, compute)).toThrow('bad parameter');
    expect(() => memo.get(params, compute)).toThrow('bad parameter');
    expect(compute).toHaveBeenCalledTimes(2);
  });
});
