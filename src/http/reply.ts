/**
 * JSON that is already serialised: written as it is, never stringified again. A JsonText kept
 * and reused across requests (a precomputed page) also keeps its UTF-8 bytes, so repeated
 * answers cost no encoding at all.
 */
export class JsonText {
  private encoded: Buffer | undefined;
  constructor(readonly text: string) {}
  get bytes(): Buffer {
    this.encoded ??= Buffer.from(this.text, 'utf8');
    return this.encoded;
  }
}

/**
 * JSON assembled from pieces already encoded as UTF-8 (pre-serialised tasks kept as bytes):
 * written with one copy, never decoded or re-encoded per request. A piece handed over here is
 * never written again, by anyone: the route reuses the body it joined from the same pieces
 * (BodyMemo), as Node itself requires of a buffer until it is written, only for longer.
 */
export class JsonChunks {
  constructor(readonly chunks: readonly Uint8Array[]) {}
}

/** A constant piece of JSON (a list head, a separator), encoded once. */
export function utf8(text: string): Buffer {
  return Buffer.from(text, 'utf8');
}

/** What a handler or an error renderer returns; one place (`writeReply`) puts it on the wire. */
export interface Reply {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** A value to serialise, `JsonText` or `JsonChunks`; undefined for no body. */
  readonly body?: unknown;
}

/** Joins pre-serialised items into a JSON array without parsing or re-serialising them. */
export function jsonArray(items: readonly string[]): string {
  return `[${items.join(',')}]`;
}
