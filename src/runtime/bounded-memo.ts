/**
 * Values computed once per key, at most `limit` of them kept: when full it starts again empty,
 * so memory stays bounded whatever keys clients invent, and a hit costs one Map lookup with no
 * bookkeeping. For values that are pure functions of their key (an encoded text, an answer
 * built from data that never changes).
 */
export class BoundedMemo<K, V> {
  private readonly values = new Map<K, V>();

  constructor(private readonly limit = 256) {}

  get(key: K, compute: (key: K) => V): V {
    let value = this.values.get(key);
    if (value === undefined) {
      value = compute(key);
      if (this.values.size >= this.limit) this.values.clear();
      this.values.set(key, value);
    }
    return value;
  }

  get size(): number {
    return this.values.size;
  }
}
