import { findResponse } from '../../src/spec/find-response';
import type { JsonSchema } from '../../src/spec/openapi-types';
import type { Operation, ResponseSpec } from '../../src/spec/operation';
import { baseMediaType } from '../../src/validation/create-validators';

export interface DocumentedMedia {
  readonly response: ResponseSpec;
  /** The media type as written in the spec. */
  readonly mediaType: string;
  /** The raw schema (component references unresolved). */
  readonly schema: JsonSchema | undefined;
}

/**
 * The documented response and media type an answer is judged against: the status as
 * `findResponse` picks it (exact, range, default) and the media type the Content-Type names,
 * else the first documented one. The same choice `Validators.response` makes, so the raw
 * schema read here is the one the shared compiled validator checked.
 */
export function documentedMedia(op: Operation, status: number, contentType: string | undefined): DocumentedMedia | undefined {
  const response = findResponse(op, status);
  if (!response) return undefined;
  const types = Object.keys(response.content);
  const wanted = contentType === undefined ? undefined : baseMediaType(contentType);
  const mediaType = types.find((t) => baseMediaType(t) === wanted) ?? types[0];
  if (mediaType === undefined) return undefined;
  return { response, mediaType, schema: response.content[mediaType]?.schema };
}

/** `application/json`, `application/problem+json`: bodies that must parse as JSON. */
export function isJsonMediaType(mediaType: string): boolean {
  const base = baseMediaType(mediaType);
  return base === 'application/json' || base.endsWith('+json');
}
