import { redact, redactDeep } from './redact';

describe('redact', () => {
  it('replaces every occurrence of each secret and of its base64 form', () => {
    const basic = Buffer.from('ops:pw').toString('base64');
    const text = `Authorization: Basic ${basic}; token tok-1 and again tok-1`;
    expect(redact(text, ['ops:pw', 'tok-1'])).toBe('Authorization: Basic ***; token *** and again ***');
  });

  it('redacts the longer of two overlapping secrets whole', () => {
    expect(redact('session abc123xyz', ['abc', 'abc123xyz'])).toBe('session ***');
  });

  it('ignores empty secrets and leaves other text alone', () => {
    expect(redact('nothing to hide', ['', 'absent'])).toBe('nothing to hide');
  });

  it('redacts every string inside a JSON value, keys too', () => {
    expect(redactDeep({ a: ['x tok', { tok: 1 }], n: 2, z: null }, ['tok'])).toEqual({ a: ['x ***', { '***': 1 }], n: 2, z: null });
  });
});
