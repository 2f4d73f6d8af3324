import type { Rng } from '../runtime/rng';

export interface Session {
  readonly id: string;
  readonly vendor: string;
  readonly user: string;
  readonly createdAt: number;
}

/**
 * The API sessions of the process (Snapservice's `vmware-api-session-id`), kept apart from the
 * views so a rebuilt view keeps them, and shared by every listener. Cleared by reset.
 */
export class SessionBook {
  private readonly byId = new Map<string, Session>();

  create(vendor: string, user: string, now: number, newId: (rng: Rng) => string, rng: Rng): Session {
    const session = { id: newId(rng), vendor, user, createdAt: now };
    this.byId.set(session.id, session);
    return session;
  }

  get(vendor: string, id: string): Session | undefined {
    const session = this.byId.get(id);
    return session?.vendor === vendor ? session : undefined;
  }

  delete(vendor: string, id: string): boolean {
    return this.get(vendor, id) !== undefined && this.byId.delete(id);
  }

  clear(vendor?: string): void {
    if (vendor === undefined) this.byId.clear();
    else for (const [id, session] of this.byId) if (session.vendor === vendor) this.byId.delete(id);
  }
}
