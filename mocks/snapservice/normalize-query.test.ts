import { splitCommaLists } from './normalize-query';

describe('splitCommaLists', () => {
  it.each([
    ['a lone value without commas', { status: 'FAILED' }, { status: 'FAILED' }],
    ['a comma list', { status: 'RUNNING,FAILED' }, { status: ['RUNNING', 'FAILED'] }],
    ['repeated keys with and without commas', { status: ['RUNNING,FAILED', 'PENDING'] }, { status: ['RUNNING', 'FAILED', 'PENDING'] }],
    ['every array parameter', { tasks: 'a,b', services: 'c,d', operations: 'e,f', users: 'g,h' }, { tasks: ['a', 'b'], services: ['c', 'd'], operations: ['e', 'f'], users: ['g', 'h'] }],
    ['empty pieces, kept so validation rejects them', { services: 'a,,b' }, { services: ['a', '', 'b'] }],
    ['a trailing comma', { services: 'a,' }, { services: ['a', ''] }],
    ['keys that are not filters, untouched', { limit: '1,2', services: 'a' }, { limit: '1,2', services: 'a' }],
  ])('handles %s', (_case, input, expected) => {
    expect(splitCommaLists(input)).toEqual(expected);
  });

  it('returns the same object when nothing needs splitting, and never mutates its input', () => {
    const plain = { services: ['a', 'b'] };
    expect(splitCommaLists(plain)).toBe(plain);
    const commas = { services: 'a,b' };
    splitCommaLists(commas);
    expect(commas).toEqual({ services: 'a,b' });
  });
});
