import { negotiateMediaType } from './negotiate-media-type';

describe('negotiateMediaType', () => {
  it.each([
    { accept: undefined, expected: 'application/json' },
    { accept: '', expected: 'application/json' },
    { accept: '*/*', expected: 'application/json' },
    { accept: 'application/*', expected: 'application/json' },
    { accept: 'application/json', expected: 'application/json' },
    { accept: 'Application/JSON; charset=utf-8', expected: 'application/json' },
    { accept: 'application/astra-tasks+json', expected: 'application/astra-tasks+json' },
    { accept: 'application/json, application/astra-tasks+json', expected: 'application/astra-tasks+json' },
    { accept: 'application/astra-tasks+json;q=0.5, application/json', expected: 'application/json' },
    { accept: 'text/html, */*;q=0.1', expected: 'application/json' },
    { accept: 'application/xml', expected: undefined },
    { accept: 'application/astra-task+json', expected: undefined },
    { accept: 'application/json;q=0', expected: undefined },
    { accept: 'text/html', expected: undefined },
  ])('Accept $accept → $expected', ({ accept, expected }) => {
    expect(negotiateMediaType(accept)).toBe(expected);
  });
});
