import { toSinglePage } from './paging';

describe('toSinglePage', () => {
  it.each([
    [[], { number: 0, numberOfElements: 0, totalElements: 0, totalPages: 0, _type: 'TaskDescriptionPage', content: [] }],
    [['{"id":1}'], { number: 0, numberOfElements: 1, totalElements: 1, totalPages: 1, _type: 'TaskDescriptionPage', content: [{ id: 1 }] }],
    [
      ['{"id":1}', '{"id":2}', '{"id":3}'],
      { number: 0, numberOfElements: 3, totalElements: 3, totalPages: 1, _type: 'TaskDescriptionPage', content: [{ id: 1 }, { id: 2 }, { id: 3 }] },
    ],
  ])('pages %p as one page', (items, expected) => {
    expect(JSON.parse(toSinglePage(items).text)).toEqual(expected);
  });
});
