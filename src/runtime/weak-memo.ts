/**
 * Values derived from an object, kept as long as that object lives (a WeakMap), computed on
 * first use. For what a handler works out from its request's params object: requests that
 * repeat a URL get the same object (RequestContext.params), so the work is done once and is
 * dropped with the params when the route forgets them. A computation that throws keeps nothing.
 */
export class WeakMemo<K extends object, V> {
  private readonly values = new WeakMap<K, V>();

  get(key: K, compute: (key: K) => V): V {
    let value = this.values.get(key);
    if (value === undefined) {
      value = compute(key);
      this.values.set(key, value);
    }
    return value;
  }
}
