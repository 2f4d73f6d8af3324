import type { Reply } from '../http/reply';
import type { SimState } from '../state/sim-state';

/** What an admin handler gets: the process state and the request, already checked against the admin spec. */
export interface AdminRequest {
  readonly sim: SimState;
  readonly path: Readonly<Record<string, unknown>>;
  readonly query: Readonly<Record<string, unknown>>;
  /** The JSON body, valid against the operation's request body schema (undefined when none was sent). */
  readonly body: unknown;
}

/** Handlers return data; ChangeRefused and AdminFailure become the admin error envelope. */
export type AdminHandler = (req: AdminRequest) => Reply | Promise<Reply>;
