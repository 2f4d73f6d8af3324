import type { Operation } from '../../src/spec/operation';
import type { SpecDocument } from '../../src/spec/load-specs';
import { SpecExtensionError } from './extension-error';
import { isPointer } from './json-pointer';

export type PagingStyle = 'offset' | 'page' | 'cursor' | 'none';

/**
 * An operation's `x-taskmock-paging` (specs/README.md): how its list is paged, where the
 * items, the total and the item ids are in a 2xx body. The probes walk lists with it; nothing
 * about paging is hard-coded per vendor.
 */
export interface PagingSpec {
  readonly style: PagingStyle;
  /** Pointer to the item array in a 2xx body (`''` for a bare array). */
  readonly items: string;
  /** Pointer to the total number of items the whole list holds, where the body has one. */
  readonly total?: string;
  /** Query the walk adds so the body carries the total (Astra: `count=true`). */
  readonly totalQuery?: string;
  readonly limitParam?: string;
  readonly offsetParam?: string;
  readonly pageParam?: string;
  readonly sizeParam?: string;
  readonly pageBase: 0 | 1;
  readonly cursorParam?: string;
  /** Pointer to the token of the next page; absent on the last page. */
  readonly nextCursor?: string;
  /** Items per page the walk asks for (1 for style `none`, which asks for nothing). */
  readonly pageSize: number;
  /** Pointer inside one item to what identifies it. */
  readonly id: string;
}

const STYLES: readonly PagingStyle[] = ['offset', 'page', 'cursor', 'none'];

/** Which parameters each style needs: a walk cannot be built without them. */
const NEEDED: Readonly<Record<PagingStyle, readonly (keyof PagingSpec)[]>> = {
  offset: ['limitParam', 'offsetParam'],
  page: ['pageParam', 'sizeParam'],
  cursor: ['cursorParam', 'nextCursor'],
  none: [],
};

/** The operation's paging, or undefined when it declares none (not a list). */
export function pagingOf(op: Operation, specs: readonly SpecDocument[]): PagingSpec | undefined {
  const raw = rawOperation(op, specs)['x-taskmock-paging'];
  if (raw === undefined) return undefined;
  const where = `specs/${op.vendor}.yaml ${op.operationId} x-taskmock-paging`;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new SpecExtensionError(where, 'must be an object');
  const ext = raw as Record<string, unknown>;
  const style = ext['style'];
  if (!STYLES.includes(style as PagingStyle)) throw new SpecExtensionError(where, `style must be one of ${STYLES.join(', ')}`);
  for (const key of ['items', 'id', 'total', 'nextCursor'] as const) {
    if (ext[key] !== undefined && !isPointer(ext[key])) throw new SpecExtensionError(where, `${key} must be a JSON pointer`);
  }
  if (ext['items'] === undefined || ext['id'] === undefined) throw new SpecExtensionError(where, 'items and id are required');
  const declared = new Set(op.parameters.filter((p) => p.in === 'query').map((p) => p.name));
  for (const key of ['limitParam', 'offsetParam', 'pageParam', 'sizeParam', 'cursorParam'] as const) {
    const name = ext[key];
    if (name !== undefined && (typeof name !== 'string' || !declared.has(name))) {
      throw new SpecExtensionError(where, `${key} must name a query parameter of the operation`);
    }
  }
  for (const key of NEEDED[style as PagingStyle]) {
    if (ext[key] === undefined) throw new SpecExtensionError(where, `style ${String(style)} needs ${key}`);
  }
  const pageSize = ext['pageSize'] ?? (style === 'none' ? 1 : undefined);
  if (typeof pageSize !== 'number' || !Number.isSafeInteger(pageSize) || pageSize < 1) {
    throw new SpecExtensionError(where, 'pageSize must be a positive integer');
  }
  const pageBase = ext['pageBase'] ?? 0;
  if (pageBase !== 0 && pageBase !== 1) throw new SpecExtensionError(where, 'pageBase must be 0 or 1');
  if (ext['totalQuery'] !== undefined && typeof ext['totalQuery'] !== 'string') throw new SpecExtensionError(where, 'totalQuery must be a query string');
  return { ...(ext as unknown as PagingSpec), pageSize, pageBase };
}

/** The query parameters a walk sets itself: removed from the base request before walking. */
export function pagingParams(paging: PagingSpec): string[] {
  const names = [paging.limitParam, paging.offsetParam, paging.pageParam, paging.sizeParam, paging.cursorParam];
  return names.filter((name): name is string => name !== undefined);
}

/** The operation object as written in the spec, extensions included (Operation keeps none). */
export function rawOperation(op: Operation, specs: readonly SpecDocument[]): Readonly<Record<string, unknown>> {
  const spec = specs.find((s) => s.vendor === op.vendor);
  const raw = spec?.doc.paths?.[op.path]?.[op.method];
  if (!raw) throw new SpecExtensionError(`specs/${op.vendor}.yaml ${op.operationId}`, 'operation not found in its spec');
  return raw as unknown as Readonly<Record<string, unknown>>;
}
