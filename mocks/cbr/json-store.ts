/**
 * The tasks' pre-serialised JSON, kept as UTF-8 bytes in a few large Buffers outside the JS heap:
 * a million tasks are about 1 GB of JSON, which as a million heap strings the garbage collector
 * would mark and move on every major collection during load. A page is answered from views of
 * those byte ranges (no copy, no decoding, never a JSON.stringify).
 */
export interface JsonStore {
  readonly size: number;
  /** The JSON text of the task in answer-order row `row`. */
  text(row: number): string;
  /** The same JSON as UTF-8 bytes: a view into the store, not a copy. */
  bytes(row: number): Buffer;
}

export interface JsonStoreWriter {
  /** Appends one task's JSON text; tasks are numbered from 0 in the order they are added. */
  add(text: string): void;
  /** The store, with rows in `order` (row r holds the task added as number `order[r]`). */
  finish(order: Int32Array): JsonStore;
}

const FIRST_CHUNK = 1 << 20;
const LARGEST_CHUNK = 32 << 20;

export function createJsonStoreWriter(): JsonStoreWriter {
  const chunks: Buffer[] = [];
  const chunkOf: number[] = [];
  const startOf: number[] = [];
  const lengthOf: number[] = [];
  let current = Buffer.alloc(0);
  let used = 0;
  return {
    add(text) {
      // A UTF-16 code unit takes at most 3 UTF-8 bytes: this bound never splits a task across chunks.
      const room = text.length * 3;
      if (used + room > current.length) {
        const next = Math.min(LARGEST_CHUNK, Math.max(FIRST_CHUNK, current.length * 2));
        current = Buffer.allocUnsafe(Math.max(next, room));
        chunks.push(current);
        used = 0;
      }
      const written = current.write(text, used, 'utf8');
      chunkOf.push(chunks.length - 1);
      startOf.push(used);
      lengthOf.push(written);
      used += written;
    },
    finish(order) {
      const n = order.length;
      const chunk = new Uint32Array(n);
      const start = new Uint32Array(n);
      const end = new Uint32Array(n);
      for (let row = 0; row < n; row += 1) {
        const from = order[row] as number;
        chunk[row] = chunkOf[from] as number;
        start[row] = startOf[from] as number;
        end[row] = (startOf[from] as number) + (lengthOf[from] as number);
      }
      return {
        size: n,
        text: (row) => (chunks[chunk[row] as number] as Buffer).toString('utf8', start[row], end[row]),
        bytes: (row) => (chunks[chunk[row] as number] as Buffer).subarray(start[row], end[row]),
      };
    },
  };
}
