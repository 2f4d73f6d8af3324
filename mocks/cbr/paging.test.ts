import { slicePage, toPageWindow } from './paging';

describe('toPageWindow', () => {
  it.each([
    [{}, { limit: 1000, offset: 0 }],
    [{ limit: 20 }, { limit: 20, offset: 0 }],
    [{ offset: 40 }, { limit: 1000, offset: 40 }],
    [{ limit: 1, offset: 0 }, { limit: 1, offset: 0 }],
  ])('reads %j as %j', (query, window) => {
    expect(toPageWindow(query)).toEqual(window);
  });
});

describe('slicePage', () => {
  const rows = Int32Array.from([10, 11, 12, 13, 14]);
  it.each([
    [{ limit: 2, offset: 0 }, [10, 11]],
    [{ limit: 2, offset: 4 }, [14]],
    [{ limit: 1000, offset: 0 }, [10, 11, 12, 13, 14]],
    [{ limit: 2, offset: 5 }, []],
    [{ limit: 2, offset: 99 }, []],
  ])('%j gives %j', (window, expected) => {
    expect(Array.from(slicePage(rows, window))).toEqual(expected);
  });
});
