import type { CbrState } from './cbr-view';
import type { PageEntry } from './select-rows';
import type { Extra } from './view-extras';

const COMMA = Buffer.from(',');
const NOTHING = Buffer.alloc(0);

/**
 * The pieces of `open item,item,... close` for a page: loaded rows served as stored come from
 * the JSON store, consecutive ones as one slice (json-store.ts); a row with a run is its JSON
 * rendered at the view's moment; an extra (a created or changed task) its own encoded JSON.
 */
export function pageChunks(state: CbrState, page: readonly PageEntry[], extras: readonly Extra[], open: Uint8Array, close: Uint8Array): Uint8Array[] {
  const { json } = state.base;
  const out: Uint8Array[] = [open];
  let stored: number[] = [];
  let first = true;
  const separate = (): void => {
    if (!first) out.push(COMMA);
    first = false;
  };
  const flush = (): void => {
    if (stored.length === 0) return;
    separate();
    const pieces = json.arrayChunks(stored, NOTHING, NOTHING);
    for (let k = 1; k < pieces.length - 1; k += 1) out.push(pieces[k] as Uint8Array);
    stored = [];
  };
  for (const entry of page) {
    const bytes = entry < 0 ? (extras[-entry - 1] as Extra).bytes : state.renderedRow(entry);
    if (bytes === undefined) {
      stored.push(entry);
      continue;
    }
    flush();
    separate();
    out.push(bytes);
  }
  flush();
  out.push(close);
  return out;
}
