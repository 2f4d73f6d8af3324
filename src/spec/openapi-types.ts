/** The parts of an OpenAPI 3.1 document that taskmock reads; everything else is carried along. */
export type JsonSchema = Record<string, unknown> | boolean;

export interface Reference {
  $ref: string;
}

export interface ParameterObject {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  description?: string;
  required?: boolean;
  schema?: JsonSchema;
  style?: string;
  explode?: boolean;
  example?: unknown;
  examples?: Record<string, { value?: unknown }>;
}

export interface MediaTypeObject {
  schema?: JsonSchema;
  example?: unknown;
  examples?: Record<string, ExampleObject | Reference>;
}

export interface ExampleObject {
  summary?: string;
  description?: string;
  value?: unknown;
}

export interface HeaderObject {
  description?: string;
  required?: boolean;
  schema?: JsonSchema;
}

export interface ResponseObject {
  description: string;
  headers?: Record<string, HeaderObject | Reference>;
  content?: Record<string, MediaTypeObject>;
}

export type SecurityRequirement = Record<string, string[]>;

export interface OperationObject {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Array<ParameterObject | Reference>;
  requestBody?: unknown;
  responses?: Record<string, ResponseObject | Reference>;
  security?: SecurityRequirement[];
  'x-taskmock-default-request'?: string;
}

export type PathItemObject = Partial<Record<HttpMethod, OperationObject>> & {
  parameters?: Array<ParameterObject | Reference>;
};

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface SecuritySchemeObject {
  type: 'http' | 'apiKey' | 'oauth2' | 'openIdConnect' | 'mutualTLS';
  scheme?: string;
  name?: string;
  in?: 'query' | 'header' | 'cookie';
  description?: string;
}

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description?: string };
  paths?: Record<string, PathItemObject>;
  components?: {
    schemas?: Record<string, JsonSchema>;
    securitySchemes?: Record<string, SecuritySchemeObject | Reference>;
    [kind: string]: Record<string, unknown> | undefined;
  };
  security?: SecurityRequirement[];
}
