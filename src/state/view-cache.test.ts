import { ViewCache } from './view-cache';

describe('ViewCache', () => {
  const setup = (validFor: number) => {
    const store = { version: 0 };
    const built: number[] = [];
    const views = new ViewCache(store, (now) => {
      built.push(now);
      return { state: { builtAt: now }, validUntil: now + validFor };
    });
    return { store, built, views };
  };

  it('serves the same view while the version is the same and the clock is inside its validity', () => {
    const { views, built } = setup(1000);
    const first = views.current(100);
    expect(views.current(500)).toBe(first);
    expect(views.current(1099)).toBe(first);
    expect(built).toEqual([100]);
  });

  it('rebuilds when the store changes, when the clock passes validUntil, and when it goes back', () => {
    const { views, built, store } = setup(1000);
    views.current(100);
    store.version += 1;
    views.current(200);
    views.current(1200);
    views.current(1100);
    expect(built).toEqual([100, 200, 1200, 1100]);
  });
});
