import { findResponse } from '../../src/spec/find-response';
import type { ResponseCheck } from '../contract-types';
import { makeFinding } from './make-finding';

const NAME = 'status-documented';

/** The answer's status is one the spec documents for the operation: exact, range (`4XX`) or `default`. */
export const statusDocumented: ResponseCheck = {
  name: NAME,
  run(exchange, ctx) {
    const { status } = exchange.response;
    if (findResponse(ctx.op, status)) return [];
    const documented = ctx.op.responses.map((r) => r.status).join(', ');
    return [
      makeFinding(exchange, ctx, NAME, 'failure', {
        pointer: '',
        expected: documented,
        actual: String(status),
        message: `${ctx.op.operationId} answered ${status}, a status the spec does not document (documented: ${documented})`,
      }),
    ];
  },
};
