import type {
  HeaderObject,
  HttpMethod,
  JsonSchema,
  ParameterObject,
  SecurityRequirement,
  SecuritySchemeObject,
} from './openapi-types';

/** One documented response status of an operation, with its references resolved. */
export interface ResponseSpec {
  /** `'200'`, `'4XX'` or `'default'`, as written in the spec. */
  readonly status: string;
  readonly description: string;
  readonly headers: Readonly<Record<string, HeaderObject>>;
  readonly content: Readonly<Record<string, MediaTypeSpec>>;
}

export interface MediaTypeSpec {
  readonly schema: JsonSchema | undefined;
  /** Named examples, resolved: name → value. */
  readonly examples: Readonly<Record<string, unknown>>;
}

/** One spec operation, indexed by its `operationId`, every local `$ref` but schemas resolved. */
export interface Operation {
  readonly vendor: string;
  readonly operationId: string;
  readonly method: HttpMethod;
  /** The OpenAPI path template, e.g. `/accounts/{account_id}/core/v1/tasks`. */
  readonly path: string;
  readonly parameters: readonly ParameterObject[];
  readonly responses: readonly ResponseSpec[];
  /** Alternatives: one requirement object must be met; `{}` means none needed. */
  readonly security: readonly SecurityRequirement[];
  readonly securitySchemes: Readonly<Record<string, SecuritySchemeObject>>;
  /** The JSON request body, where the operation takes one. */
  readonly requestBody: { readonly required: boolean; readonly schema: JsonSchema | undefined } | undefined;
  /** decisions.md's default list request (`path?query`), where this operation is the API's default. */
  readonly defaultRequest: string | undefined;
}
