import type Ajv2020 from 'ajv/dist/2020';
import type { ValidateFunction } from 'ajv';
import type { Operation } from '../spec/operation';
import type { JsonSchema, ParameterObject } from '../spec/openapi-types';
import { rewriteRefs } from './rewrite-refs';

export type ParameterLocation = 'path' | 'query' | 'header';
export type RawValues = Readonly<Record<string, string | string[] | undefined>>;

export interface RequestInput {
  readonly path?: RawValues;
  readonly query?: RawValues;
  /** Header names in lower case, as Node gives them. */
  readonly headers?: RawValues;
}

/** A request parameter that breaks the spec: which one, and why (Ajv's keyword and words). */
export interface ParameterIssue {
  readonly in: ParameterLocation;
  readonly name: string;
  readonly keyword: string;
  readonly message: string;
}

export interface RequestCheck {
  /** Declared parameters, coerced to their schema types (`'20'` → `20`, lone value → array). */
  readonly values: Readonly<Record<ParameterLocation, Record<string, unknown>>>;
  readonly issues: readonly ParameterIssue[];
  /** Query keys the operation does not declare, for the vendors that reject them. */
  readonly undeclaredQuery: readonly string[];
}

export type RequestValidator = (input: RequestInput) => RequestCheck;

const LOCATIONS: readonly ParameterLocation[] = ['path', 'query', 'header'];

/** Compiles one validator per parameter location of the operation, once. */
export function compileRequestValidator(ajv: Ajv2020, op: Operation): RequestValidator {
  const validators = {} as Record<ParameterLocation, ValidateFunction>;
  const declared = {} as Record<ParameterLocation, ReadonlySet<string>>;
  for (const location of LOCATIONS) {
    const params = op.parameters.filter((p) => p.in === location);
    declared[location] = new Set(params.map((p) => keyOf(p)));
    validators[location] = ajv.compile(locationSchema(params, op.vendor));
  }
  return (input) => {
    const raw = { path: input.path, query: input.query, header: input.headers };
    const values = {} as Record<ParameterLocation, Record<string, unknown>>;
    const issues: ParameterIssue[] = [];
    for (const location of LOCATIONS) {
      values[location] = pick(raw[location], declared[location]);
      const validate = validators[location];
      if (!validate(values[location])) {
        for (const error of validate.errors ?? []) {
          const name = String(error.params['missingProperty'] ?? error.instancePath.split('/')[1] ?? '');
          issues.push({ in: location, name, keyword: error.keyword, message: error.message ?? error.keyword });
        }
      }
    }
    const undeclaredQuery = Object.keys(input.query ?? {}).filter((key) => !declared.query.has(key));
    return { values, issues, undeclaredQuery };
  };
}

function keyOf(param: ParameterObject): string {
  return param.in === 'header' ? param.name.toLowerCase() : param.name;
}

function locationSchema(params: readonly ParameterObject[], vendor: string): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const param of params) properties[keyOf(param)] = rewriteRefs(param.schema ?? {}, vendor);
  const required = params.filter((p) => p.required).map((p) => keyOf(p));
  return { type: 'object', properties, required };
}

/** Copies only the declared keys, so coercion never touches the caller's object. */
function pick(source: RawValues | undefined, keys: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!source) return out;
  for (const key of keys) {
    const value = source[key];
    if (value !== undefined) out[key] = Array.isArray(value) ? [...value] : value;
  }
  return out;
}
