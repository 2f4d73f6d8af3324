import { JsonText } from '../../src/http/reply';
import type { PageBounds } from './paging';
import type { IndexedTask } from './state';

/**
 * The platform's success envelope, key order as seed 000 prints it:
 * `{scode, desc, message, message_cn, stack, data}` (api-facts 1.3). Written around the tasks'
 * ready JSON, so a list costs one join.
 */
const SUCCESS_HEAD = '{"scode":0,"desc":"","message":"success","message_cn":"成功","stack":null,"data":';

/** `root/list` and `resource/list`: `data: {total_count, list}` in snake_case (seed examples; api-facts 1.7.1). */
export function taskPageBody(tasks: readonly IndexedTask[], page: PageBounds): JsonText {
  return new JsonText(`${SUCCESS_HEAD}{"total_count":${tasks.length},"list":${joinJson(tasks, page)}}}`);
}

/** `root_recent/list`: `data` is a bare array, no total (seed example; api-facts 1.1). */
export function taskArrayBody(tasks: readonly IndexedTask[], page: PageBounds): JsonText {
  return new JsonText(`${SUCCESS_HEAD}${joinJson(tasks, page)}}`);
}

function joinJson(tasks: readonly IndexedTask[], { start, end }: PageBounds): string {
  const parts: string[] = [];
  for (let i = start; i < end; i += 1) parts.push((tasks[i] as IndexedTask).json);
  return `[${parts.join(',')}]`;
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
