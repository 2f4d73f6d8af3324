import { JsonChunks, jsonArrayChunks, utf8 } from '../../src/http/reply';
import type { PageBounds } from './paging';
import type { IndexedTask } from './state';

/**
 * The platform's success envelope, key order as seed 000 prints it:
 * `{scode, desc, message, message_cn, stack, data}` (api-facts 1.3). Written around the tasks'
 * ready JSON, so a list costs one join.
 */
const SUCCESS_HEAD = utf8('{"scode":0,"desc":"","message":"success","message_cn":"成功","stack":null,"data":');
const CLOSE_ONE = utf8('}');
const CLOSE_TWO = utf8('}}');

/** `root/list` and `resource/list`: `data: {total_count, list}` in snake_case (seed examples; api-facts 1.7.1). */
export function taskPageBody(tasks: readonly IndexedTask[], page: PageBounds): JsonChunks {
  const head = utf8(`{"total_count":${tasks.length},"list":`);
  return new JsonChunks([SUCCESS_HEAD, head, ...jsonArrayChunks(pageBytes(tasks, page)), CLOSE_TWO]);
}

/** `root_recent/list`: `data` is a bare array, no total (seed example; api-facts 1.1). */
export function taskArrayBody(tasks: readonly IndexedTask[], page: PageBounds): JsonChunks {
  return new JsonChunks([SUCCESS_HEAD, ...jsonArrayChunks(pageBytes(tasks, page)), CLOSE_ONE]);
}

/** The page's tasks as the bytes encoded at load: nothing is serialised or encoded per request. */
function pageBytes(tasks: readonly IndexedTask[], { start, end }: PageBounds): Buffer[] {
  const out: Buffer[] = [];
  for (let i = start; i < end; i += 1) out.push((tasks[i] as IndexedTask).bytes);
  return out;
}

/** The error envelope (decisions): the same keys, `scode` != 0, `data` null, never a stack. */
export interface ErrorBody {
  readonly scode: number;
  readonly desc: string;
  readonly message: string;
  readonly message_cn: string;
  readonly stack: null;
  readonly data: null;
}
