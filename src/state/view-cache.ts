/**
 * What a vendor serves at a moment: its state (indexes, pre-serialised pages and every cache
 * that depends on the tasks) and the moment until which it stays true. A view is built from
 * the store's base, its changes and the clock, and is never changed afterwards: when the store
 * changes or the clock passes `validUntil`, a new view replaces it and its caches die with it.
 */
export interface View<S> {
  readonly state: S;
  /** Epoch ms (simulated) from which this view is stale; Infinity when only a write can stale it. */
  readonly validUntil: number;
}

/**
 * Holds the current view of one vendor and rebuilds it when stale: a request that finds its
 * view current pays three number comparisons. Owned by the process's SimState, so every
 * listener (shared port, --api-port) serves the same view.
 */
export class ViewCache<S> {
  private view: View<S> | undefined;
  private builtVersion = -1;
  /** The moment the view was built for: a clock set back before it makes the view stale too. */
  private builtNow = Number.POSITIVE_INFINITY;

  constructor(
    private readonly store: { readonly version: number },
    private readonly build: (now: number) => View<S>,
  ) {}

  current(now: number): S {
    const view = this.view;
    if (view !== undefined && this.builtVersion === this.store.version && now < view.validUntil && now >= this.builtNow) return view.state;
    return this.rebuild(now);
  }

  private rebuild(now: number): S {
    const version = this.store.version;
    const view = this.build(now);
    this.view = view;
    this.builtVersion = version;
    this.builtNow = now;
    return view.state;
  }
}
