import { JsonItemBlocks } from '../../src/http/json-item-blocks';

/**
 * The tasks' pre-serialised JSON, kept as UTF-8 bytes in large blocks outside the JS heap:
 * a million tasks are about 1 GB of JSON, which as a million heap strings the garbage collector
 * would mark and move on every major collection during load. A page is answered from views of
 * those bytes (no copy, no decoding, never a JSON.stringify).
 */
export interface JsonStore {
  readonly size: number;
  /** The JSON text of the task in answer-order row `row`. */
  text(row: number): string;
  /** Its UTF-8 bytes: a view into the store, not a copy. */
  bytes(row: number): Buffer;
  /** The pieces of `open row,row,... close` for `rows`: views into the store, consecutive ones as one slice. */
  arrayChunks(rows: ArrayLike<number>, open: Uint8Array, close: Uint8Array): Uint8Array[];
}

export interface JsonStoreWriter {
  /** Appends (copies) one task's JSON as UTF-8 bytes; tasks are numbered from 0 in the order they are added. */
  add(bytes: Uint8Array): void;
  /**
   * The store, with rows in `order` (row r holds the task added as number `order[r]`). With
   * `layout` (every row once, e.g. each project's rows in answer order), the bytes are laid
   * out again in that sequence, so a page of one project's consecutive rows is one slice of
   * memory (JsonItemBlocks); only up to RELAYOUT_LIMIT bytes, as the copy holds both at once.
   */
  finish(order: Int32Array, layout?: Int32Array): JsonStore;
}

/** A data set of a few hundred MB is laid out again; a million-task one (~1 GB) stays as read. */
const RELAYOUT_LIMIT = 256 << 20;

export function createJsonStoreWriter(): JsonStoreWriter {
  const added = new JsonItemBlocks();
  return {
    add(bytes) {
      added.addBytes(bytes);
    },
    finish(order, layout) {
      const index = new Int32Array(order.length);
      let items = added;
      if (layout !== undefined && layout.length === order.length && added.byteLength <= RELAYOUT_LIMIT) {
        items = new JsonItemBlocks();
        for (const row of layout) index[row] = items.addBytes(added.bytes(order[row] as number));
      } else {
        index.set(order);
      }
      return {
        size: order.length,
        text: (row) => items.text(index[row] as number),
        bytes: (row) => items.bytes(index[row] as number),
        arrayChunks: (rows, open, close) => items.arrayChunks(indexesOf(rows, index), open, close),
      };
    },
  };
}

/** A plain array: making a typed array per request costs more than the 20 numbers of a page. */
function indexesOf(rows: ArrayLike<number>, index: Int32Array): number[] {
  const out: number[] = [];
  for (let k = 0; k < rows.length; k += 1) out.push(index[rows[k] as number] as number);
  return out;
}
