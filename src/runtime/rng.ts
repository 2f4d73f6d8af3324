/** A seeded pseudo-random source (mulberry32): the same seed gives the same data and ids. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
  /** One of `choices`, each as likely as its weight (one draw, so data sets stay stable). */
  weighted<T>(choices: readonly (readonly [T, number])[]): T;
  /** `length` lower-case hex digits. */
  hex(length: number): string;
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(items.length)] as T;
    },
    weighted: <T>(choices: readonly (readonly [T, number])[]): T => {
      if (choices.length === 0) throw new Error('weighted pick from an empty list');
      let roll = next() * choices.reduce((sum, [, weight]) => sum + weight, 0);
      for (const [value, weight] of choices) {
        roll -= weight;
        if (roll < 0) return value;
      }
      return (choices[choices.length - 1] as readonly [T, number])[0];
    },
    hex: (length) => {
      // Four digits per draw of 16 bits, as ever (ids in committed data sets depend on it),
      // written from a table: per request (CBR's X-Request-Id) toString(16) and padStart cost more.
      let out = '';
      while (out.length < length) {
        const draw = int(0x10000);
        out += (HEX_PAIRS[draw >>> 8] as string) + (HEX_PAIRS[draw & 0xff] as string);
      }
      return out.slice(0, length);
    },
  };
}

/** Each byte's two lower-case hex digits. */
const HEX_PAIRS = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
