import type { JsonText } from '../../src/http/reply';

/** Answers already built, by request URL. */
export interface ListCache {
  get(url: string): JsonText | undefined;
  set(url: string, body: JsonText): void;
}

/**
 * The task data never changes after load, so an answer built once serves every later request
 * with the same URL: joining the pre-serialised items makes a rope string that V8 flattens on
 * the first write, and that flattening (about 15 µs for the default request's 27 KB) dominated
 * our per-request cost. Bounded: when full it starts again empty, so memory stays small
 * whatever URLs clients invent. Sessions are checked before the handler, so a cached answer is
 * never served to a request that would not get it.
 */
export function createListCache(limit = 512): ListCache {
  const answers = new Map<string, JsonText>();
  return {
    get: (url) => answers.get(url),
    set(url, body) {
      if (answers.size >= limit) answers.clear();
      answers.set(url, body);
    },
  };
}
