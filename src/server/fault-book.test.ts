import { FaultBook } from './fault-book';

describe('FaultBook', () => {
  it('is empty until a fault is armed, and again once every armed fault is used up', () => {
    const book = new FaultBook();
    expect(book.empty).toBe(true);
    book.arm('listOpLogs', 'rate_limited', 429, 2);
    expect(book.empty).toBe(false);
    expect(book.take('listOpLogs')).toMatchObject({ kind: 'rate_limited', remaining: 2 });
    expect(book.take('listOpLogs')).toMatchObject({ kind: 'rate_limited', remaining: 1 });
    expect(book.take('listOpLogs')).toBeUndefined();
    expect(book.empty).toBe(true);
  });

  it('answers faults per operation, oldest armed first', () => {
    const book = new FaultBook();
    const first = book.arm('a', 'internal', 500, 1);
    book.arm('a', 'forbidden', 403, 1);
    book.arm('b', 'not_acceptable', 406, 1);
    expect(book.take('b')?.kind).toBe('not_acceptable');
    expect(book.take('a')?.id).toBe(first.id);
    expect(book.take('a')?.kind).toBe('forbidden');
  });

  it('removes one fault by id, or all of them', () => {
    const book = new FaultBook();
    const keep = book.arm('a', 'internal', 500, 1);
    const drop = book.arm('a', 'forbidden', 403, 1);
    expect(book.remove(drop.id)).toBe(true);
    expect(book.remove(drop.id)).toBe(false);
    expect(book.list().map((f) => f.id)).toEqual([keep.id]);
    book.clear();
    expect(book.empty).toBe(true);
  });
});
