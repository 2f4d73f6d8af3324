import type { CheckContext, Exchange, Finding } from '../contract-types';
import { isJsonMediaType } from '../checks/documented-media';
import { isSchemaObject, pointerSegment, schemaScope } from '../checks/schema-view';
import { ANY, documentedTree, type DocumentedTree } from './documented-tree';

export const NEVER_SEEN = 'never-seen';

/** What the bodies held, as a tree with array indices folded into `*`. */
interface SeenTree {
  readonly children: Map<string, SeenTree>;
}

/**
 * Drift over a whole run: properties the spec documents for an operation's 2xx bodies that no
 * 2xx body of the run contained. Reported at the shallowest unseen place only (`/items/*\/error`,
 * not also everything inside it). An operation without any 2xx JSON body is left out: nothing
 * was seen, so nothing can be said about single fields (coverage reports the missing answer).
 */
export function neverSeen(exchanges: readonly Exchange[], ctxFor: (operationId: string) => CheckContext): Finding[] {
  const byOperation = new Map<string, Exchange[]>();
  for (const exchange of exchanges) {
    const { status, body } = exchange.response;
    if (status < 200 || status > 299 || body === undefined) continue;
    byOperation.set(exchange.operationId, [...(byOperation.get(exchange.operationId) ?? []), exchange]);
  }
  const findings: Finding[] = [];
  for (const [operationId, successes] of byOperation) {
    const ctx = ctxFor(operationId);
    const schemas = ctx.op.responses
      .filter((r) => r.status.startsWith('2'))
      .flatMap((r) => Object.entries(r.content).filter(([type, media]) => isJsonMediaType(type) && media.schema !== undefined))
      .map(([, media]) => media.schema);
    if (schemas.length === 0) continue;
    const documented = documentedTree(schemaScope(ctx.validators, ctx.vendor), schemas);
    const seen: SeenTree = { children: new Map() };
    for (const exchange of successes) record(seen, exchange.response.body);
    for (const pointer of unseen(documented, [seen], '')) {
      findings.push({
        vendor: ctx.vendor,
        operationId,
        check: NEVER_SEEN,
        severity: 'drift',
        pointer,
        expected: 'present in at least one 2xx body',
        actual: `absent from all ${successes.length} 2xx bodies`,
        message: `documented field ${pointer} was never seen in a ${operationId} answer`,
        request: `${ctx.op.method.toUpperCase()} ${ctx.op.path}`,
      });
    }
  }
  return findings;
}

function record(tree: SeenTree, value: unknown): void {
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((item) => [ANY, item])
    : isSchemaObject(value)
      ? Object.entries(value).map(([key, member]) => [pointerSegment(key), member])
      : [];
  for (const [segment, member] of entries) {
    let child = tree.children.get(segment);
    if (!child) {
      child = { children: new Map() };
      tree.children.set(segment, child);
    }
    record(child, member);
  }
}

function unseen(documented: DocumentedTree, seen: readonly SeenTree[], pointer: string): string[] {
  const out: string[] = [];
  for (const [segment, child] of documented.children) {
    const matches = seen.flatMap((s) => (segment === ANY ? [...s.children.values()] : [s.children.get(segment)].filter(isTree)));
    const where = `${pointer}/${segment}`;
    if (matches.length === 0) out.push(where);
    else out.push(...unseen(child, matches, where));
  }
  return out;
}

function isTree(tree: SeenTree | undefined): tree is SeenTree {
  return tree !== undefined;
}
