import type { ResponseCheck } from '../contract-types';
import { describeIssue } from './describe-issue';
import { documentedMedia, isJsonMediaType } from './documented-media';
import { makeFinding, truncate } from './make-finding';
import { pruneBranchIssues } from './prune-branch-issues';
import { schemaScope } from './schema-view';

const NAME = 'body-schema';

/**
 * The body validates against the schema documented for its status and media type, with the
 * SHARED compiled validators (`validators.response`): one finding per issue, at the issue's
 * place. A body that does not parse where JSON is documented is a finding of its own.
 */
export const bodySchema: ResponseCheck = {
  name: NAME,
  run(exchange, ctx) {
    const { status, headers, body, text } = exchange.response;
    const media = documentedMedia(ctx.op, status, headers['content-type']);
    if (!media || media.schema === undefined) return [];
    if (body === undefined && isJsonMediaType(media.mediaType)) {
      return [
        makeFinding(exchange, ctx, NAME, 'failure', {
          pointer: '',
          expected: `a JSON body (${media.mediaType})`,
          actual: text === '' ? '(empty body)' : truncate(text),
          message: `${status} answer whose body is not JSON, where the spec documents ${media.mediaType}`,
        }),
      ];
    }
    const validate = ctx.validators.response(ctx.op.operationId, status, media.mediaType);
    const issues = validate?.(body) ?? [];
    if (issues.length === 0) return [];
    const pruned = pruneBranchIssues(schemaScope(ctx.validators, ctx.vendor), media.schema, body, issues);
    return pruned.map((issue) => makeFinding(exchange, ctx, NAME, 'failure', describeIssue(issue, body)));
  },
};
