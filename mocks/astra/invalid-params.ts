import type { ErrorContext } from '../../src/dialect';
import type { MockError } from '../../src/errors/mock-error';
import type { ParameterIssue } from '../../src/validation/request-validator';
import { accountOfRequestUrl } from './accounts';
import { compileFilter, FILTER_SYNTAX_REASON } from './filters';

/** One entry of a problem's `invalidParams` (seed 003). */
export interface InvalidParam {
  readonly name: string;
  readonly reason: string;
}

/**
 * `invalidParams` of problems 5 and 6 (decisions.md "Astra": always sent, naming each offending
 * parameter, with a reason worded like the spec's examples). At least one entry, no duplicates
 * (the vendor's type_astra_invalidParams).
 */
export function invalidParamsOf(error: MockError, ctx: ErrorContext<unknown>): InvalidParam[] {
  const search = new URLSearchParams(ctx.url.split('?')[1] ?? '');
  if (error.kind === 'unknown_parameter') {
    const declared = new Set((ctx.op?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name));
    const names = [...new Set(search.keys())].filter((name) => !declared.has(name));
    const all = names.length > 0 ? names : [error.details.param ?? ''];
    return all.map((name) => ({ name, reason: `Query parameter '${name}' isn't supported for this endpoint.` }));
  }
  const issues = error.details.issues ?? [];
  if (issues.length === 0) {
    return [{ name: error.details.param || 'url', reason: error.details.reason ?? error.message }];
  }
  const out = new Map<string, InvalidParam>();
  for (const issue of issues) {
    if (!out.has(issue.name)) out.set(issue.name, { name: issue.name, reason: reasonOf(issue, search, ctx) });
  }
  return [...out.values()];
}

function reasonOf(issue: ParameterIssue, search: URLSearchParams, ctx: ErrorContext<unknown>): string {
  if (issue.in === 'path') {
    return `Value '${accountOfRequestUrl(ctx.url) ?? ''}' is not a UUIDv4, UUIDv5 or nil UUID.`;
  }
  const values = search.getAll(issue.name);
  if (issue.name === 'filter') {
    const bad = values.find((value) => !parses(value)) ?? values[0] ?? '';
    return `Value "${bad}" ${FILTER_SYNTAX_REASON}`;
  }
  if (values.length > 1 && issue.keyword === 'type') return `Query parameter '${issue.name}' may be given only once.`;
  const schema = ctx.op?.parameters.find((p) => p.name === issue.name && p.in === issue.in)?.schema as { pattern?: unknown } | undefined;
  if (issue.keyword === 'pattern' && typeof schema?.pattern === 'string') {
    return `Value '${values[0] ?? ''}' does not match the pattern ${schema.pattern}.`;
  }
  return `Value '${values.join(',')}' ${issue.message}.`;
}

function parses(filter: string): boolean {
  try {
    compileFilter([filter]);
    return true;
  } catch {
    return false;
  }
}
