import { pageBounds } from './paging';

describe('pageBounds (page_num is a 0-based page index, page_size 0 is everything)', () => {
  it.each([
    { total: 25, pageNum: 0, pageSize: 10, expected: { start: 0, end: 10 } },
    { total: 25, pageNum: 1, pageSize: 10, expected: { start: 10, end: 20 } },
    { total: 25, pageNum: 2, pageSize: 10, expected: { start: 20, end: 25 } },
    { total: 25, pageNum: 3, pageSize: 10, expected: { start: 25, end: 25 } },
    { total: 25, pageNum: 2_000_000_000, pageSize: 2_000_000_000, expected: { start: 25, end: 25 } },
    { total: 25, pageNum: 0, pageSize: 0, expected: { start: 0, end: 25 } },
    { total: 25, pageNum: 4, pageSize: 0, expected: { start: 0, end: 25 } },
    { total: 0, pageNum: 0, pageSize: 10, expected: { start: 0, end: 0 } },
    { total: 0, pageNum: 0, pageSize: 0, expected: { start: 0, end: 0 } },
    { total: 10, pageNum: 0, pageSize: 10, expected: { start: 0, end: 10 } },
    { total: 10, pageNum: 1, pageSize: 10, expected: { start: 10, end: 10 } },
    { total: 7, pageNum: 6, pageSize: 1, expected: { start: 6, end: 7 } },
  ])('total $total, page_num $pageNum, page_size $pageSize', ({ total, pageNum, pageSize, expected }) => {
    expect(pageBounds(total, pageNum, pageSize)).toEqual(expected);
  });
});
