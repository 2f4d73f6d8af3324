import type { ParameterObject } from '../../src/spec/openapi-types';
import type { ProbeContext } from './probe-context';

/**
 * Whether the spec accepts `values` for one parameter, asked of the shared compiled request
 * validator (the same one the mock uses): the filter probe only sends values the spec allows,
 * the negative probes only values it refuses. Other parameters' issues (a missing required
 * one) are ignored: only this parameter is asked about.
 */
export function acceptsValue(ctx: ProbeContext, param: ParameterObject, values: readonly string[]): boolean {
  const raw = isArrayParam(ctx, param) ? [...values] : values[0];
  const location = param.in === 'path' ? 'path' : param.in === 'header' ? 'headers' : 'query';
  const key = param.in === 'header' ? param.name.toLowerCase() : param.name;
  const check = ctx.validators.request(ctx.op.operationId)({ [location]: { [key]: raw } });
  return !check.issues.some((issue) => issue.name === key && issue.in === (param.in === 'header' ? 'header' : param.in));
}

/** The parameter's schema with local `$ref`s followed (`AstraIdentifier`), or `{}`. */
export function paramSchema(ctx: ProbeContext, param: ParameterObject): Readonly<Record<string, unknown>> {
  return resolveSchema(ctx, param.schema);
}

export function resolveSchema(ctx: ProbeContext, schema: unknown): Readonly<Record<string, unknown>> {
  const doc = ctx.validators.specs.find((s) => s.vendor === ctx.op.vendor)?.doc;
  let node: unknown = schema;
  for (let hops = 0; hops < 10 && isObject(node) && typeof node['$ref'] === 'string'; hops += 1) {
    const ref = node['$ref'] as string;
    const name = ref.startsWith('#/components/schemas/') ? ref.slice('#/components/schemas/'.length) : undefined;
    node = name === undefined ? undefined : doc?.components?.schemas?.[name];
  }
  return isObject(node) ? node : {};
}

export function isArrayParam(ctx: ProbeContext, param: ParameterObject): boolean {
  return paramSchema(ctx, param)['type'] === 'array';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
