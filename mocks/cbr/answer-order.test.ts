import { createRng } from '../../src/runtime/rng';
import { answerOrder } from './answer-order';

/** The rule itself, as a comparator: created_at descending, then id ascending. */
function reference(createdAt: number[], ids: string[]): number[] {
  return ids
    .map((_, i) => i)
    .sort((a, b) => (createdAt[b] as number) - (createdAt[a] as number) || ((ids[a] as string) < (ids[b] as string) ? -1 : (ids[a] as string) > (ids[b] as string) ? 1 : 0));
}

describe('answerOrder', () => {
  it.each([
    ['many equal times', 5, 1],
    ['a few seconds', 3000, 1],
    ['years, before and after 1970', 4e11, -2e11],
    ['the whole range of dates', 8.64e15, -4.32e15],
  ])('orders like the rule itself: %s', (_, span, from) => {
    const rng = createRng(7);
    const n = 20000;
    const createdAt = Array.from({ length: n }, () => from + Math.floor(rng.next() * span));
    const ids = Array.from({ length: n }, () => rng.hex(4));
    expect(Array.from(answerOrder(createdAt, ids))).toEqual(reference(createdAt, ids));
  });

  it('orders nothing and one task', () => {
    expect(Array.from(answerOrder([], []))).toEqual([]);
    expect(Array.from(answerOrder([5], ['a']))).toEqual([0]);
  });
});
