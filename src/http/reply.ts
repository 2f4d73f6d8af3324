/** JSON that is already serialised: written as it is, never stringified again. */
export class JsonText {
  constructor(readonly text: string) {}
}

/** What a handler or an error renderer returns; one place (`writeReply`) puts it on the wire. */
export interface Reply {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** A value to serialise, or `JsonText`; undefined for no body. */
  readonly body?: unknown;
}

/** Joins pre-serialised items into a JSON array without parsing or re-serialising them. */
export function jsonArray(items: readonly string[]): string {
  return `[${items.join(',')}]`;
}
