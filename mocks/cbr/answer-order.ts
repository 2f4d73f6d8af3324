/**
 * Row order: `created_at` descending, then `id` ascending so equal times still page stably
 * (decisions.md CBR). `createdAt` holds whole epoch milliseconds (parseCbrTimestamp).
 *
 * A stable radix sort on each task's age (ms before the newest task), 16 bits a pass, then each
 * run of equal times sorted by id: sorting a million indexes with a comparator callback cost
 * over a second of the load; this costs a few passes over typed arrays.
 */
export function answerOrder(createdAt: ArrayLike<number>, ids: readonly string[]): Int32Array {
  const n = ids.length;
  let newest = -Infinity;
  for (let i = 0; i < n; i += 1) newest = Math.max(newest, createdAt[i] as number);
  // Ages travel with their indexes from pass to pass, so every pass reads memory in sequence.
  let order = new Int32Array(n);
  let age = new Float64Array(n);
  let oldest = 0;
  for (let i = 0; i < n; i += 1) {
    order[i] = i;
    oldest = Math.max(oldest, (age[i] = newest - (createdAt[i] as number)));
  }
  let spareOrder = new Int32Array(n);
  let spareAge = new Float64Array(n);
  const counts = new Int32Array(RADIX);
  // Dividing by a power of two is exact for whole numbers below 2^53, so each digit is exact.
  for (let scale = 1; scale <= oldest; scale *= RADIX) {
    counts.fill(0);
    for (let k = 0; k < n; k += 1) {
      const d = digit(age[k] as number, scale);
      counts[d] = (counts[d] as number) + 1;
    }
    for (let d = 0, sum = 0; d < RADIX; d += 1) {
      const count = counts[d] as number;
      counts[d] = sum;
      sum += count;
    }
    for (let k = 0; k < n; k += 1) {
      const value = age[k] as number;
      const d = digit(value, scale);
      const to = counts[d] as number;
      spareOrder[to] = order[k] as number;
      spareAge[to] = value;
      counts[d] = to + 1;
    }
    [order, spareOrder] = [spareOrder, order];
    [age, spareAge] = [spareAge, age];
  }
  let start = 0;
  for (let k = 1; k <= n; k += 1) {
    if (k < n && age[k] === age[start]) continue;
    if (k - start > 1) order.subarray(start, k).sort((a, b) => compareIds(ids[a] as string, ids[b] as string));
    start = k;
  }
  return order;
}

const RADIX = 1 << 16;

function digit(value: number, scale: number): number {
  return Math.floor(value / scale) % RADIX;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
