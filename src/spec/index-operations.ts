import type { SpecDocument } from './load-specs';
import type { MediaTypeSpec, Operation, ResponseSpec } from './operation';
import {
  HTTP_METHODS,
  type ExampleObject,
  type HeaderObject,
  type JsonSchema,
  type OpenApiDocument,
  type OperationObject,
  type ParameterObject,
  type ResponseObject,
  type SecuritySchemeObject,
} from './openapi-types';
import { resolveRef } from './resolve-ref';

/**
 * Lists every operation of every spec, references resolved. Fails when an operation has no
 * `operationId` or when two operations (in any spec) share one: routes and validators are
 * bound by it, so it must name exactly one operation.
 */
export function indexOperations(specs: readonly SpecDocument[]): Operation[] {
  const seen = new Map<string, string>();
  const operations: Operation[] = [];
  for (const { vendor, file, doc } of specs) {
    const schemes = resolveSchemes(doc);
    for (const [path, item] of Object.entries(doc.paths ?? {})) {
      for (const method of HTTP_METHODS) {
        const op = item[method];
        if (!op) continue;
        const where = `${file}: ${method.toUpperCase()} ${path}`;
        const operationId = op.operationId;
        if (!operationId) throw new Error(`${where} has no operationId`);
        const twin = seen.get(operationId);
        if (twin) throw new Error(`${where}: operationId ${operationId} is already used by ${twin}`);
        seen.set(operationId, where);
        operations.push({
          vendor,
          operationId,
          method,
          path,
          parameters: mergeParameters(doc, item.parameters ?? [], op.parameters ?? []),
          responses: toResponses(doc, op),
          security: op.security ?? doc.security ?? [{}],
          securitySchemes: schemes,
          requestBody: toRequestBody(doc, op),
          defaultRequest: op['x-taskmock-default-request'],
        });
      }
    }
  }
  return operations;
}

/** The operation's JSON request body: whether it is required, and its schema. */
function toRequestBody(doc: OpenApiDocument, op: OperationObject): Operation['requestBody'] {
  if (op.requestBody === undefined) return undefined;
  const body = resolveRef<{ required?: boolean; content?: Record<string, { schema?: JsonSchema }> }>(doc, op.requestBody as { $ref: string });
  return { required: body.required === true, schema: body.content?.['application/json']?.schema };
}

/** Operation-level parameters override path-level ones with the same name and location. */
function mergeParameters(
  doc: OpenApiDocument,
  shared: ReadonlyArray<ParameterObject | { $ref: string }>,
  own: ReadonlyArray<ParameterObject | { $ref: string }>,
): ParameterObject[] {
  const byKey = new Map<string, ParameterObject>();
  for (const raw of [...shared, ...own]) {
    const param = resolveRef<ParameterObject>(doc, raw);
    byKey.set(`${param.in}:${param.name}`, param);
  }
  return [...byKey.values()];
}

function toResponses(doc: OpenApiDocument, op: OperationObject): ResponseSpec[] {
  return Object.entries(op.responses ?? {}).map(([status, raw]) => {
    const response = resolveRef<ResponseObject>(doc, raw);
    const headers: Record<string, HeaderObject> = {};
    for (const [name, header] of Object.entries(response.headers ?? {})) {
      headers[name] = resolveRef<HeaderObject>(doc, header);
    }
    const content: Record<string, MediaTypeSpec> = {};
    for (const [mediaType, media] of Object.entries(response.content ?? {})) {
      const examples: Record<string, unknown> = {};
      for (const [name, example] of Object.entries(media.examples ?? {})) {
        examples[name] = resolveRef<ExampleObject>(doc, example).value;
      }
      if (media.example !== undefined) examples['example'] = media.example;
      content[mediaType] = { schema: media.schema, examples };
    }
    return { status, description: response.description, headers, content };
  });
}

function resolveSchemes(doc: OpenApiDocument): Record<string, SecuritySchemeObject> {
  const schemes: Record<string, SecuritySchemeObject> = {};
  for (const [name, raw] of Object.entries(doc.components?.securitySchemes ?? {})) {
    schemes[name] = resolveRef<SecuritySchemeObject>(doc, raw);
  }
  return schemes;
}
