import { JsonText } from '../../src/http/reply';
import { createListCache } from './list-cache';

describe('createListCache', () => {
  it('returns what was stored for the same URL and nothing for another', () => {
    const cache = createListCache();
    const body = new JsonText('{"items":[]}');
    cache.set('/a', body);
    expect(cache.get('/a')).toBe(body);
    expect(cache.get('/b')).toBeUndefined();
  });

  it('never holds more than its limit', () => {
    const cache = createListCache(2);
    cache.set('/1', new JsonText('1'));
    cache.set('/2', new JsonText('2'));
    cache.set('/3', new JsonText('3'));
    expect(cache.get('/1')).toBeUndefined();
    expect(cache.get('/3')?.text).toBe('3');
  });
});
