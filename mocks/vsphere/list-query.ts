import type { RequestContext } from '../../src/dialect';
import { MockError } from '../../src/errors/mock-error';
import type { VsphereState } from './state';

/** The validated query of the three operations (spec parameters; `cluster_uuid` is ignored). */
export interface ListQuery {
  readonly filterName: string | undefined;
  readonly pageNum: number;
  readonly pageSize: number;
  readonly reference: string | undefined;
}

/**
 * Reads the validated parameters and checks the tenant: a well-formed `vsphere_uuid` other
 * than the platform's is scode 404 "vsphere cluster not found" (decisions). `cluster_uuid` is
 * accepted and ignored (api-facts 1.2: in every example URL, documented nowhere).
 */
export function readListQuery(ctx: RequestContext<VsphereState>): ListQuery {
  const query = ctx.params.query;
  const uuid = String(query['vsphere_uuid']);
  if (uuid.toLowerCase() !== ctx.state.settings.vsphereUuid) {
    throw new MockError('tenant_not_found', `vsphere_uuid ${uuid} not found`, { param: 'vsphere_uuid' });
  }
  return {
    filterName: query['filter_name'] as string | undefined,
    pageNum: (query['page_num'] as number | undefined) ?? 0,
    pageSize: (query['page_size'] as number | undefined) ?? 0,
    reference: query['reference'] as string | undefined,
  };
}

/** A `reference` the inventory does not hold is scode 404 (decisions). */
export function requireKnownReference(state: VsphereState, reference: string): string {
  if (!state.inventory.has(reference)) {
    throw new MockError('resource_not_found', `reference ${reference} not found`, { param: 'reference' });
  }
  return reference;
}
