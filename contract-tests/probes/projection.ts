import { isDeepStrictEqual } from 'node:util';
import type { Finding } from '../contract-types';
import { defaultParts, urlFor, withQuery } from '../url-for';
import { joinPointer, readPointer } from './json-pointer';
import { pagingOf } from './paging-extension';
import { projectionOf } from './param-extensions';
import { skippedReport, type Probe } from './probe-context';

export const PROJECTION_VALUES = 'projection-values';
const INVARIANTS = [PROJECTION_VALUES];

/**
 * The parameter with `x-taskmock-projection` (Astra `include`): the default request is sent
 * as it is and again with the parameter's example field list; each projected item must be
 * the array of the full item's values of those fields, in the order named, null where the
 * item has none. Both answers must list the same items in the same order, so a stateful
 * target is needed.
 */
export const projection: Probe = {
  name: 'projection',
  invariants: INVARIANTS,
  async run(ctx) {
    const spec = projectionOf(ctx.op);
    if (!spec) return ctx.emit(skippedReport(ctx, this.name, INVARIANTS, 'the operation has no parameter with x-taskmock-projection'));
    if (!ctx.target.stateful) return ctx.emit(skippedReport(ctx, this.name, INVARIANTS, 'target is stateless: a projection is compared with the same items unprojected'));
    const paging = pagingOf(ctx.op, ctx.validators.specs);
    if (!paging) return ctx.emit(skippedReport(ctx, this.name, INVARIANTS, 'the operation declares no x-taskmock-paging: no item array to compare'));
    const example = Array.isArray(spec.param.example) ? spec.param.example[0] : spec.param.example;
    if (typeof example !== 'string' || example === '') {
      return ctx.emit(skippedReport(ctx, this.name, INVARIANTS, `parameter ${spec.param.name} has no example field list to project on`));
    }
    const fields = example.split(',');
    const parts = defaultParts(ctx.op, ctx.credentials);
    const headers = await ctx.authHeaders();
    const full = await ctx.send(this.name, { method: 'GET', path: urlFor(parts), headers });
    const projected = await ctx.send(this.name, { method: 'GET', path: urlFor(withQuery(parts, spec.param.name, [example])), headers });
    const fullItems = readPointer(full.response.body, paging.items);
    const projectedItems = readPointer(projected.response.body, paging.items);
    const exchanges = [full, projected];
    if (!Array.isArray(fullItems) || fullItems.length === 0) {
      return ctx.emit(skippedReport(ctx, this.name, INVARIANTS, `the default request answered ${full.response.status} without items to project`, exchanges));
    }
    const findings: Finding[] = [];
    if (!Array.isArray(projectedItems) || projectedItems.length !== fullItems.length) {
      findings.push(
        ctx.fail(PROJECTION_VALUES, projected, {
          pointer: paging.items,
          expected: `${fullItems.length} items, as without ${spec.param.name}`,
          actual: Array.isArray(projectedItems) ? `${projectedItems.length} items` : `answer ${projected.response.status} without an item array`,
          message: `${spec.param.name}=${example} changed which items are listed`,
        }),
      );
    } else {
      projectedItems.forEach((item, index) => {
        const want = fields.map((field) => readPointer(fullItems[index], `/${field}`) ?? null);
        if (isDeepStrictEqual(item, want) || findings.length >= 5) return;
        findings.push(
          ctx.fail(PROJECTION_VALUES, projected, {
            pointer: joinPointer(paging.items, index),
            expected: JSON.stringify(want).slice(0, 300),
            actual: (JSON.stringify(item) ?? '(absent)').slice(0, 300),
            message: `item ${index} is not the array of the values of ${fields.join(', ')} of the unprojected item`,
          }),
        );
      });
    }
    return ctx.emit({ probe: this.name, operationId: ctx.op.operationId, exchanges, findings, invariants: [{ check: PROJECTION_VALUES, runs: 1 }] });
  },
};
