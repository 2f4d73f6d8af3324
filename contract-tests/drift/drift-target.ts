import type { CheckContext, Exchange } from '../contract-types';
import { documentedMedia, isJsonMediaType } from '../checks/documented-media';
import { schemaScope } from '../checks/schema-view';
import { walkBody, type BodyVisitor } from './walk-body';

/**
 * The raw schema a body's drift is read against: the documented response for its status and
 * media type. Undefined when there is nothing to compare (undocumented status, no schema, a
 * body that is not JSON): the failure checks report those.
 */
function driftSchema(exchange: Exchange, ctx: CheckContext): unknown {
  const { status, headers, body } = exchange.response;
  if (body === undefined) return undefined;
  const media = documentedMedia(ctx.op, status, headers['content-type']);
  if (!media || !isJsonMediaType(media.mediaType)) return undefined;
  return media.schema;
}

/** Walks the exchange's body alongside its documented schema (nothing when `driftSchema` has nothing to compare). */
export function walkDrift(exchange: Exchange, ctx: CheckContext, visitor: BodyVisitor): void {
  const schema = driftSchema(exchange, ctx);
  if (schema !== undefined) walkBody(schemaScope(ctx.validators, ctx.vendor), schema, exchange.response.body, visitor);
}
