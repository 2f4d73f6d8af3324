import type { ValidateFunction } from 'ajv';
import { findResponse } from '../spec/find-response';
import { indexOperations } from '../spec/index-operations';
import { loadSpecs, type SpecDocument } from '../spec/load-specs';
import type { Operation } from '../spec/operation';
import { createAjv } from './create-ajv';
import { compileRequestValidator, type RequestValidator } from './request-validator';
import { rewriteRefs, vendorSchemaId } from './rewrite-refs';
import { toIssues, type ValidationIssue } from './validation-issue';

/** Checks a response body; an empty list means it is valid. */
export type BodyValidator = (body: unknown) => readonly ValidationIssue[];

/** Checks a request body (undefined: none was sent); each problem names its place by JSON pointer. */
export type BodyProblems = (body: unknown) => Array<{ pointer: string; message: string }>;

/**
 * The compiled validators of every spec, shared by the mock server and the contract suite.
 * Everything is compiled here, once, at creation: a schema that breaks Ajv strict mode fails
 * now, with the spec file and operation named, not on the first request.
 */
export interface Validators {
  readonly specs: readonly SpecDocument[];
  readonly operations: ReadonlyMap<string, Operation>;
  operation(operationId: string): Operation;
  /** The body validator for a status (exact, range or default) and media type; undefined when undocumented or bodiless. */
  response(operationId: string, status: number | string, mediaType?: string): BodyValidator | undefined;
  request(operationId: string): RequestValidator;
  /** The JSON request body check of an operation that takes one: every problem, with its pointer. */
  requestBody(operationId: string): BodyProblems | undefined;
  /** A validator for one component schema of a vendor's spec (fixture records), compiled on first use. */
  component(vendor: string, schemaName: string): BodyValidator;
  /**
   * A validator for any schema node of a vendor's spec (a oneOf branch, a header schema: the
   * contract checks), compiled on first use by the same Ajv, cached by the node object. With
   * `coerce`, strings are read as request parameters are; the value checked is never changed.
   */
  schema(vendor: string, node: Readonly<Record<string, unknown>>, options?: { readonly coerce?: boolean }): BodyValidator;
}

export function createValidators(specs: readonly SpecDocument[] = loadSpecs()): Validators {
  const bodyAjv = createAjv({ coerce: false });
  const paramAjv = createAjv({ coerce: true });
  for (const { vendor, doc } of specs) {
    const defs = rewriteRefs({ $defs: doc.components?.schemas ?? {} }, vendor) as Record<string, unknown>;
    bodyAjv.addSchema({ $id: vendorSchemaId(vendor), ...defs });
    paramAjv.addSchema({ $id: vendorSchemaId(vendor), ...defs });
  }
  const operations = new Map(indexOperations(specs).map((op) => [op.operationId, op]));
  const bodies = new Map<string, BodyValidator>();
  const requests = new Map<string, RequestValidator>();
  const requestBodies = new Map<string, BodyProblems>();
  const components = new Map<string, BodyValidator>();
  const nodes = { body: new WeakMap<object, BodyValidator>(), param: new WeakMap<object, BodyValidator>() };
  for (const op of operations.values()) {
    const where = `${op.vendor}: ${op.operationId}`;
    requests.set(op.operationId, wrapCompile(where, () => compileRequestValidator(paramAjv, op)));
    const body = op.requestBody;
    const bodySchema = body?.schema;
    if (body && bodySchema !== undefined) {
      const validate = toBodyValidator(wrapCompile(`${where} request body`, () => bodyAjv.compile(rewriteRefs(bodySchema, op.vendor))));
      requestBodies.set(op.operationId, (value) => (value === undefined ? (body.required ? [{ pointer: '', message: 'a JSON body is required' }] : []) : validate(value).map(toProblem)));
    }
    for (const response of op.responses) {
      for (const [mediaType, media] of Object.entries(response.content)) {
        if (media.schema === undefined) continue;
        const schema = rewriteRefs(media.schema, op.vendor);
        const validate = wrapCompile(`${where} ${response.status} ${mediaType}`, () => bodyAjv.compile(schema));
        bodies.set(bodyKey(op.operationId, response.status, mediaType), toBodyValidator(validate));
      }
    }
  }

  const operation = (operationId: string): Operation => {
    const op = operations.get(operationId);
    if (!op) throw new Error(`unknown operationId ${operationId}`);
    return op;
  };
  return {
    specs,
    operations,
    operation,
    response(operationId, status, mediaType) {
      const response = findResponse(operation(operationId), status);
      if (!response) return undefined;
      const types = Object.keys(response.content);
      const wanted = mediaType === undefined ? undefined : baseMediaType(mediaType);
      const type = types.find((t) => baseMediaType(t) === wanted) ?? types[0];
      return type === undefined ? undefined : bodies.get(bodyKey(operationId, response.status, type));
    },
    component(vendor, schemaName) {
      const key = `${vendor}#${schemaName}`;
      let validator = components.get(key);
      if (!validator) {
        const spec = specs.find((s) => s.vendor === vendor);
        if (!spec?.doc.components?.schemas?.[schemaName]) throw new Error(`specs/${vendor}.yaml has no schema ${schemaName}`);
        validator = toBodyValidator(bodyAjv.compile({ $ref: `${vendorSchemaId(vendor)}#/$defs/${schemaName}` }));
        components.set(key, validator);
      }
      return validator;
    },
    schema(vendor, node, options) {
      const cache = options?.coerce ? nodes.param : nodes.body;
      let validator = cache.get(node);
      if (!validator) {
        const check = toBodyValidator((options?.coerce ? paramAjv : bodyAjv).compile(rewriteRefs(node, vendor)));
        // Coercion writes into the value it validates: Ajv gets a copy.
        validator = options?.coerce ? (value) => check(structuredClone(value)) : check;
        cache.set(node, validator);
      }
      return validator;
    },
    requestBody: (operationId) => requestBodies.get(operationId),
    request(operationId) {
      const validator = requests.get(operationId);
      if (!validator) throw new Error(`unknown operationId ${operationId}`);
      return validator;
    },
  };
}

/** `application/JSON; charset=UTF-8` → `application/json`. */
export function baseMediaType(mediaType: string): string {
  return (mediaType.split(';')[0] ?? '').trim().toLowerCase();
}

function bodyKey(operationId: string, status: string, mediaType: string): string {
  return `${operationId} ${status} ${mediaType}`;
}

/** An Ajv issue in a request body's words: an unknown key is named at its own pointer. */
function toProblem(issue: ValidationIssue): { pointer: string; message: string } {
  const extra = issue.params['additionalProperty'];
  if (issue.keyword === 'additionalProperties' && typeof extra === 'string') return { pointer: `${issue.pointer}/${extra}`, message: 'is not a known key' };
  return { pointer: issue.pointer, message: issue.message };
}

function toBodyValidator(validate: ValidateFunction): BodyValidator {
  return (body) => (validate(body) ? toIssues(null) : toIssues(validate.errors));
}

function wrapCompile<T>(where: string, compile: () => T): T {
  try {
    return compile();
  } catch (error) {
    throw new Error(`${where}: schema does not compile under Ajv strict mode: ${(error as Error).message}`);
  }
}
