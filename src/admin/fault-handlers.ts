import type { AnyDialect } from '../dialect';
import { isMockErrorKind, MOCK_ERROR_KINDS, MockError, type MockErrorKind } from '../errors/mock-error';
import type { Reply } from '../http/reply';
import { findResponse } from '../spec/find-response';
import type { Operation } from '../spec/operation';
import type { SimState } from '../state/sim-state';
import type { AdminHandler } from './admin-handler';
import { AdminFailure } from './admin-failure';

interface FaultInput {
  readonly operationId: string;
  readonly status?: number;
  readonly kind?: string;
  readonly times?: number;
}

/** `GET /__admin/faults`. */
export const listFaults: AdminHandler = ({ sim }): Reply => ({ status: 200, body: { faults: sim.faults.list() } });

/** `DELETE /__admin/faults`. */
export const clearFaults: AdminHandler = ({ sim }): Reply => {
  sim.faults.clear();
  return { status: 204 };
};

/** `DELETE /__admin/faults/{id}`. */
export const removeFault: AdminHandler = ({ sim, path }): Reply => {
  const id = String(path['id']);
  if (!sim.faults.remove(id)) throw new AdminFailure('not_found', `no armed fault ${id}`);
  return { status: 204 };
};

/**
 * `POST /__admin/faults {"operationId": "listOpLogs", "status": 429, "times": 1}` (or `"kind":
 * "rate_limited"`): the next requests to that operation answer the error in the vendor's own
 * envelope. Only errors the operation's spec documents can be armed; anything else is refused
 * with the statuses it can answer under the current settings (vSphere answers every error
 * with HTTP 200 unless mirroring statuses).
 */
export const armFault: AdminHandler = ({ sim, body }): Reply => {
  const input = body as FaultInput;
  const op = sim.validators.operations.get(input.operationId);
  const dialect = op && sim.vendors.get(op.vendor)?.dialect;
  if (!op || !dialect) {
    throw new AdminFailure('invalid_request', `no operation ${input.operationId} is served here`, [
      { pointer: '/operationId', message: `must be one of ${servedOperations(sim).join(', ')}` },
    ]);
  }
  // Only errors the spec documents for this operation: the mock never answers outside its spec.
  const statuses = documentedOnly(op, statusOfEachKind(op, dialect, sim));
  const kind = pickKind(input, statuses);
  if (kind === undefined) {
    const offered = [...new Set(statuses.values())].sort().join(', ');
    const kinds = [...statuses.keys()].join(', ');
    throw new AdminFailure('invalid_request', `${op.operationId} can answer these documented statuses under its current settings: ${offered} (kinds: ${kinds})`, [
      { pointer: input.kind !== undefined ? '/kind' : '/status', message: `is not one ${op.operationId} documents` },
    ]);
  }
  return { status: 201, body: sim.faults.arm(op.operationId, kind, statuses.get(kind) ?? 500, input.times ?? 1) };
};

function pickKind(input: FaultInput, statuses: ReadonlyMap<MockErrorKind, number>): MockErrorKind | undefined {
  if (input.kind !== undefined) return isMockErrorKind(input.kind) && statuses.has(input.kind) ? input.kind : undefined;
  if (input.status === undefined) return undefined;
  for (const [kind, status] of statuses) if (status === input.status) return kind;
  return undefined;
}

/** What the vendor answers each kind with for this operation, asked of its own renderer. */
function statusOfEachKind(op: Operation, dialect: AnyDialect, sim: SimState): Map<MockErrorKind, number> {
  const vendor = sim.vendors.get(dialect.vendor);
  const state = vendor?.views.current(sim.clock.now());
  const ctx = { op, state, headers: {}, url: op.path, rng: sim.rng, settings: vendor?.settings ?? {} };
  const statuses = new Map<MockErrorKind, number>();
  for (const kind of MOCK_ERROR_KINDS) {
    // An unknown route is not an error an operation's own request can answer.
    if (kind !== 'route_not_found') statuses.set(kind, dialect.renderError(new MockError(kind, 'armed fault'), ctx).status);
  }
  return statuses;
}

function documentedOnly(op: Operation, statuses: Map<MockErrorKind, number>): Map<MockErrorKind, number> {
  return new Map([...statuses].filter(([, status]) => findResponse(op, status) !== undefined));
}

function servedOperations(sim: SimState): string[] {
  return [...sim.validators.operations.values()].filter((op) => sim.vendors.has(op.vendor)).map((op) => op.operationId);
}
