import { IdIndex } from './id-index';

describe('IdIndex', () => {
  const ids = Array.from({ length: 5000 }, (_, i) => `task-${i}`);
  const index = new IdIndex((row) => ids[row] as string, ids.length, (row) => ids[row] as string);

  it('finds every id at its row, and nothing for an unknown id', () => {
    for (let row = 0; row < ids.length; row += 1) expect(index.rowOf(ids[row] as string)).toBe(row);
    expect(index.rowOf('task-5000')).toBe(-1);
    expect(index.rowOf('')).toBe(-1);
  });

  it('confirms a candidate by reading its id back', () => {
    const reader = jest.fn((row: number) => ids[row] as string);
    const checked = new IdIndex((row) => ids[row] as string, ids.length, reader);
    expect(checked.rowOf('task-42')).toBe(42);
    expect(reader).toHaveBeenCalledWith(42);
  });

  it('keeps the first row of an id given twice', () => {
    const twice = ['a', 'b', 'a'];
    expect(new IdIndex((row) => twice[row] as string, 3, (row) => twice[row] as string).rowOf('a')).toBe(0);
  });
});
