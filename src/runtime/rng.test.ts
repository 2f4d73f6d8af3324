import { createRng } from './rng';

describe('createRng', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
  });

  it('keeps int, pick and hex within their ranges', () => {
    const rng = createRng(7);
    for (let i = 0; i < 1000; i += 1) {
      const n = rng.int(3);
      expect(n >= 0 && n < 3 && Number.isInteger(n)).toBe(true);
    }
    expect(['a', 'b']).toContain(rng.pick(['a', 'b']));
    expect(rng.hex(32)).toMatch(/^[0-9a-f]{32}$/);
    expect(() => rng.pick([])).toThrow(/empty/);
  });

  it('draws hex digits as four per 16-bit draw, the sequence data sets were generated with', () => {
    const rng = createRng(42);
    const reference = createRng(42);
    for (const length of [32, 6, 13, 1, 40]) {
      let expected = '';
      while (expected.length < length) expected += reference.int(0x10000).toString(16).padStart(4, '0');
      expect(rng.hex(length)).toBe(expected.slice(0, length));
    }
  });

  it('picks by weight, never a zero-weight choice, and refuses an empty list', () => {
    const rng = createRng(3);
    const counts = { a: 0, b: 0, never: 0 };
    for (let i = 0; i < 4000; i += 1) counts[rng.weighted([['a', 3], ['b', 1], ['never', 0]] as const)] += 1;
    expect(counts.never).toBe(0);
    expect(counts.a / counts.b).toBeGreaterThan(2.5);
    expect(counts.a / counts.b).toBeLessThan(3.5);
    expect(() => rng.weighted([])).toThrow(/empty/);
  });
});
