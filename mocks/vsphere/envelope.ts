import { JsonChunks, utf8 } from '../../src/http/reply';
import type { PageBounds } from './paging';
import type { VsphereState } from './state';
import type { TaskList } from './task-list';

/**
 * The platform's success envelope, key order as seed 000 prints it:
 * `{scode, desc, message, message_cn, stack, data}` (api-facts 1.3). Written around the tasks'
 * ready JSON, so a list costs one join.
 */
const SUCCESS_HEAD = '{"scode":0,"desc":"","message":"success","message_cn":"成功","stack":null,"data":';
const ARRAY_OPEN = utf8(`${SUCCESS_HEAD}[`);
const ARRAY_CLOSE = utf8(']}');
const PAGE_CLOSE = utf8(']}}');

/** `root/list` and `resource/list`: `data: {total_count, list}` in snake_case (seed examples; api-facts 1.7.1). */
export function taskPageBody(state: VsphereState, tasks: TaskList, page: PageBounds): JsonChunks {
  // Encoded once per distinct total: a call into Node's Buffer code per request costs more under load than its size suggests.
  const open = state.pageHeads.get(`${SUCCESS_HEAD}{"total_count":${tasks.length},"list":[`, utf8);
  return new JsonChunks(pagePieces(state, tasks, page, open, PAGE_CLOSE));
}

/** `root_recent/list`: `data` is a bare array, no total (seed example; api-facts 1.1). */
export function taskArrayBody(state: VsphereState, tasks: TaskList, page: PageBounds): JsonChunks {
  return new JsonChunks(pagePieces(state, tasks, page, ARRAY_OPEN, ARRAY_CLOSE));
}

/**
 * The page's JSON pieces: runs of loaded tasks as slices of the bytes encoded at load (one
 * piece per run, JsonItemBlocks), the view's rendered tasks as the bytes the view made. Nothing
 * is serialised or encoded per request.
 */
function pagePieces(state: VsphereState, tasks: TaskList, { start, end }: PageBounds, open: Uint8Array, close: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [open];
  let run: number[] = [];
  const flush = () => {
    if (run.length === 0) return;
    if (out.length > 1) out.push(COMMA);
    out.push(...state.blocks.arrayChunks(run, NOTHING, NOTHING).slice(1, -1));
    run = [];
  };
  for (const listed of tasks.slice(start, end)) {
    const task = state.shown(listed);
    if (task.bytes === undefined) {
      run.push(task.jsonIndex);
      continue;
    }
    flush();
    if (out.length > 1) out.push(COMMA);
    out.push(task.bytes);
  }
  flush();
  out.push(close);
  return out;
}

const NOTHING = new Uint8Array(0);
const COMMA = utf8(',');

/** The error envelope (decisions): the same keys, `scode` != 0, `data` null, never a stack. */
export interface ErrorBody {
  readonly scode: number;
  readonly desc: string;
  readonly message: string;
  readonly message_cn: string;
  readonly stack: null;
  readonly data: null;
}
