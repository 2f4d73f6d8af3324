import { IdIndex } from './id-index';

describe('IdIndex', () => {
  const ids = Array.from({ length: 5000 }, (_, i) => `task-${i}`);
  // Read order is the reverse of row order: row of the k-th id read is size - 1 - k.
  const last = ids.length - 1;
  const index = new IdIndex(ids.length, (k) => ids[last - k] as string, (k) => k, (row) => ids[last - row] as string);
  const rowOf = (id: string) => last - index.rowOf(id);

  it('finds every id at its row, and nothing for an unknown id', () => {
    for (let i = 0; i < ids.length; i += 1) expect(rowOf(ids[i] as string)).toBe(i);
    expect(index.rowOf('task-5000')).toBe(-1);
    expect(index.rowOf('')).toBe(-1);
  });

  it('confirms a candidate by reading its id back', () => {
    const reader = jest.fn((row: number) => ids[row] as string);
    const checked = new IdIndex(ids.length, (k) => ids[k] as string, (k) => k, reader);
    expect(checked.rowOf('task-42')).toBe(42);
    expect(reader).toHaveBeenCalledWith(42);
  });

  it('tells apart ids that share their last 16 characters and length', () => {
    const alike = ['a-0123456789abcdef', 'b-0123456789abcdef', 'c-0123456789abcdef'];
    const same = new IdIndex(3, (k) => alike[k] as string, (k) => k, (row) => alike[row] as string);
    expect(alike.map((id) => same.rowOf(id))).toEqual([0, 1, 2]);
  });

  it('keeps the first row of an id given twice', () => {
    const twice = ['a', 'b', 'a'];
    expect(new IdIndex(3, (k) => twice[k] as string, (k) => k, (row) => twice[row] as string).rowOf('a')).toBe(0);
  });
});
