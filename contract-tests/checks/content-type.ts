import { findResponse } from '../../src/spec/find-response';
import { baseMediaType } from '../../src/validation/create-validators';
import type { ResponseCheck } from '../contract-types';
import { makeFinding } from './make-finding';

const NAME = 'content-type';

/** When the documented response has content, the Content-Type's base media type is one it lists. */
export const contentType: ResponseCheck = {
  name: NAME,
  run(exchange, ctx) {
    const documented = findResponse(ctx.op, exchange.response.status);
    const types = Object.keys(documented?.content ?? {});
    if (types.length === 0) return [];
    const header = exchange.response.headers['content-type'];
    const actual = header === undefined ? undefined : baseMediaType(header);
    if (actual !== undefined && types.some((t) => baseMediaType(t) === actual)) return [];
    return [
      makeFinding(exchange, ctx, NAME, 'failure', {
        pointer: '/headers/content-type',
        expected: types.join(' | '),
        actual: header ?? '(absent)',
        message: `${exchange.response.status} answer with Content-Type ${header === undefined ? '(absent)' : `'${header}'`}, not one of ${types.join(', ')}`,
      }),
    ];
  },
};
