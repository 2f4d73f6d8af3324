/**
 * Spaces request starts at least `1000 / ratePerSecond` ms apart, also when probes send
 * concurrently: each caller reserves the next free slot synchronously, then waits for it.
 * No rate (undefined or 0) means no waiting.
 */
export function rateGate(ratePerSecond: number | undefined, now: () => number = Date.now): () => Promise<void> {
  if (!ratePerSecond || ratePerSecond <= 0) return () => Promise.resolve();
  const interval = 1000 / ratePerSecond;
  let nextSlot = -Infinity;
  return () => {
    const slot = Math.max(now(), nextSlot);
    nextSlot = slot + interval;
    const wait = slot - now();
    return wait <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, wait));
  };
}
