import type { ValidationIssue } from '../../src/validation/validation-issue';
import {
  applicable,
  asArray,
  isSchemaObject,
  itemSchemas,
  ownNodes,
  parsePointer,
  propertyView,
  type SchemaScope,
} from './schema-view';

/**
 * Ajv, asked for all errors, reports a failed `oneOf`/`anyOf` with the issues of EVERY branch:
 * a vSphere task with a missing key also "breaks" the error envelope (`/scode must NOT be
 * valid`, `/data must be null`). A reader needs the issues of the branch the body meant. For
 * each failed combinator this re-validates the value against each branch alone, keeps the
 * best-fitting branch's issues and drops those only the other branches produced (and the
 * combinator's own summary when the best branch explains it). Issues it cannot attribute stay.
 * An issue several branches share (a `required` both envelopes have) is reported once.
 */
export function pruneBranchIssues(scope: SchemaScope, root: unknown, body: unknown, issues: readonly ValidationIssue[]): readonly ValidationIssue[] {
  const dropped = new Set<string>();
  for (const issue of issues) {
    if (!isFailedCombinator(issue)) continue;
    for (const key of losingOnly(scope, root, body, issue)) dropped.add(key);
  }
  const kept = new Set<string>();
  return issues.filter((issue) => {
    const key = issueKey(issue);
    if (dropped.has(key) || kept.has(key)) return false;
    kept.add(key);
    return true;
  });
}

function isFailedCombinator(issue: ValidationIssue): boolean {
  if (issue.keyword === 'anyOf') return true;
  return issue.keyword === 'oneOf' && !Array.isArray(issue.params.passingSchemas);
}

function losingOnly(scope: SchemaScope, root: unknown, body: unknown, issue: ValidationIssue): string[] {
  const place = schemasAt(scope, root, body, issue.pointer);
  if (!place) return [];
  const combinators = ownNodes(scope, place.schemas).filter((n) => asArray(n[issue.keyword]).length > 0);
  const dropped: string[] = [];
  for (const node of combinators) {
    const perBranch = asArray(node[issue.keyword])
      .filter(isSchemaObject)
      .map((branch) => rebase(scope.matcher.issues(scope.vendor, branch, place.value), issue.pointer));
    const best = [...perBranch].sort((a, b) => compareFit(a, b, issue.pointer))[0];
    if (!best) continue;
    const kept = new Set(best.map(issueKey));
    for (const branchIssues of perBranch) {
      for (const key of branchIssues.map(issueKey)) if (!kept.has(key)) dropped.push(key);
    }
    if (best.length > 0) dropped.push(issueKey(issue));
  }
  return dropped;
}

/** The schemas that apply at `pointer` (before expanding their own combinators) and the value there. */
function schemasAt(scope: SchemaScope, root: unknown, body: unknown, pointer: string): { schemas: readonly unknown[]; value: unknown } | undefined {
  let schemas: readonly unknown[] = [root];
  let value = body;
  for (const key of parsePointer(pointer)) {
    const nodes = applicable(scope, schemas, value);
    if (Array.isArray(value)) {
      const index = Number(key);
      schemas = itemSchemas(nodes, index);
      value = value[index];
    } else if (isSchemaObject(value)) {
      schemas = propertyView(nodes, key).schemas;
      value = value[key];
    } else {
      return undefined;
    }
  }
  return { schemas, value };
}

/**
 * Which branch the value meant, best first: one whose type fits at the combinator's place,
 * then the one whose shallowest issue lies deepest (the value followed it furthest), then the
 * one with fewest issues; ties keep the spec's order (sort is stable).
 */
function compareFit(a: readonly ValidationIssue[], b: readonly ValidationIssue[], at: string): number {
  const typeMiss = (list: readonly ValidationIssue[]): number => (list.some((i) => i.pointer === at && i.keyword === 'type') ? 1 : 0);
  const shallowest = (list: readonly ValidationIssue[]): number => Math.min(...list.map((i) => parsePointer(i.pointer).length));
  return typeMiss(a) - typeMiss(b) || shallowest(b) - shallowest(a) || a.length - b.length;
}

function rebase(issues: readonly ValidationIssue[], prefix: string): ValidationIssue[] {
  return issues.map((i) => ({ ...i, pointer: `${prefix}${i.pointer}` }));
}

function issueKey(issue: ValidationIssue): string {
  return `${issue.pointer}\u0000${issue.keyword}\u0000${issue.message}`;
}
