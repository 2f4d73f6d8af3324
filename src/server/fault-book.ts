import type { MockErrorKind } from '../errors/mock-error';

/** One armed fault: the next `remaining` requests to `operationId` answer this error. */
export interface ArmedFault {
  readonly id: string;
  readonly operationId: string;
  readonly kind: MockErrorKind;
  /** The status the vendor answers this kind with, under the settings it was armed with. */
  readonly status: number;
  readonly remaining: number;
}

/**
 * Errors armed on demand through `/__admin/faults`, so QA and the contract suite can see every
 * documented error in the vendor's own envelope without finding the input that provokes it.
 * One per app (created in createApp); the request path pays one `empty` check when none is armed.
 */
export class FaultBook {
  private readonly byOperation = new Map<string, ArmedFault[]>();
  private nextId = 1;

  get empty(): boolean {
    return this.byOperation.size === 0;
  }

  arm(operationId: string, kind: MockErrorKind, status: number, times: number): ArmedFault {
    const fault: ArmedFault = { id: String(this.nextId++), operationId, kind, status, remaining: times };
    this.byOperation.set(operationId, [...(this.byOperation.get(operationId) ?? []), fault]);
    return fault;
  }

  /** The fault the next request to `operationId` answers with, counted down; oldest armed first. */
  take(operationId: string): ArmedFault | undefined {
    const queue = this.byOperation.get(operationId);
    const fault = queue?.[0];
    if (!queue || !fault) return undefined;
    const rest = fault.remaining > 1 ? [{ ...fault, remaining: fault.remaining - 1 }, ...queue.slice(1)] : queue.slice(1);
    if (rest.length > 0) this.byOperation.set(operationId, rest);
    else this.byOperation.delete(operationId);
    return fault;
  }

  list(): ArmedFault[] {
    return [...this.byOperation.values()].flat();
  }

  remove(id: string): boolean {
    for (const [operationId, queue] of this.byOperation) {
      const rest = queue.filter((f) => f.id !== id);
      if (rest.length === queue.length) continue;
      if (rest.length > 0) this.byOperation.set(operationId, rest);
      else this.byOperation.delete(operationId);
      return true;
    }
    return false;
  }

  clear(): void {
    this.byOperation.clear();
  }
}
