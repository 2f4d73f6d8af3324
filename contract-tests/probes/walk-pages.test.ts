import { urlFor } from '../url-for';
import type { PagingSpec } from './paging-extension';
import { pageParts } from './walk-pages';

const base = { path: '/list', query: [['filter', 'x']] as const };
const paging = (spec: Partial<PagingSpec> & Pick<PagingSpec, 'style'>): PagingSpec => ({ items: '/items', id: '/id', pageBase: 0, pageSize: 20, ...spec });

describe('pageParts', () => {
  it('offset: limit and an item offset', () => {
    expect(urlFor(pageParts(base, paging({ style: 'offset', limitParam: 'limit', offsetParam: 'offset' }), 2))).toBe('/list?filter=x&limit=20&offset=40');
  });

  it('page: a page index from the base, and the size', () => {
    const spec = paging({ style: 'page', pageParam: 'page_num', sizeParam: 'page_size', pageSize: 10 });
    expect(urlFor(pageParts(base, spec, 0))).toBe('/list?filter=x&page_num=0&page_size=10');
    expect(urlFor(pageParts(base, { ...spec, pageBase: 1 }, 0))).toBe('/list?filter=x&page_num=1&page_size=10');
  });

  it('cursor: the limit, the token from the second page on, and the query that asks for the total', () => {
    const spec = paging({ style: 'cursor', limitParam: 'limit', cursorParam: 'continue', nextCursor: '/metadata/continue', totalQuery: 'count=true' });
    expect(urlFor(pageParts(base, spec, 0))).toBe('/list?filter=x&limit=20&count=true');
    expect(urlFor(pageParts(base, spec, 1, 'abc='))).toBe('/list?filter=x&limit=20&continue=abc%3D&count=true');
  });

  it('none: the request as it is', () => {
    expect(urlFor(pageParts(base, paging({ style: 'none' }), 0))).toBe('/list?filter=x');
  });
});
