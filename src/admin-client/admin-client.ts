import type {
  AdminTask,
  ClockChange,
  ClockState,
  Fault,
  FaultInput,
  Health,
  JournalEntry,
  Problem,
  StateSnapshot,
  TaskInput,
  TaskList,
  VendorKey,
} from './admin-types';

/** Sends one admin request; `operationId` names it in specs/admin/admin.yaml (a checking transport validates by it). */
export type AdminTransport = (request: {
  readonly operationId: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly path: string;
  readonly body?: unknown;
}) => Promise<{ readonly status: number; readonly body: unknown }>;

/** An admin call the mock refused: its status, error kind and every problem it listed. */
export class AdminApiError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    message: string,
    readonly problems: readonly Problem[],
  ) {
    super(`${status} ${error}: ${message}${problems.length ? ` (${problems.map((p) => `${p.pointer || '/'} ${p.message}`).join('; ')})` : ''}`);
    this.name = 'AdminApiError';
  }
}

/**
 * A typed client of taskmock's admin API, for tests and scripts: create tasks with runs, move
 * the clock, reset. Every method resolves with the documented body or rejects with AdminApiError.
 *
 * @example
 * const admin = adminClient('http://127.0.0.1:4010');
 * const { id } = await admin.createTask('cbr', { run: { durationMs: 60_000, outcome: 'failure' } });
 * await admin.advance(61_000); // the CBR task now reads `failed`, with its error_info
 * await admin.reset();
 */
export class AdminClient {
  constructor(private readonly send: AdminTransport) {}

  health = () => this.call<Health>('getHealth', 'GET', '/__admin/health');
  clock = () => this.call<ClockState>('getClock', 'GET', '/__admin/clock');
  changeClock = (change: ClockChange) => this.call<ClockState>('changeClock', 'POST', '/__admin/clock', change);
  advance = (ms: number) => this.changeClock({ advanceMs: ms });
  setClock = (iso: string) => this.changeClock({ set: iso });
  setRate = (rate: number) => this.changeClock({ rate });

  createTask = <T = Record<string, unknown>>(vendor: VendorKey, input: TaskInput = {}) => this.call<AdminTask<T>>('createAdminTask', 'POST', tasksPath(vendor), input);
  listTasks = <T = Record<string, unknown>>(vendor: VendorKey, filter: { tenant?: string; limit?: number; offset?: number } = {}) =>
    this.call<TaskList<T>>('listAdminTasks', 'GET', `${tasksPath(vendor)}${query(filter)}`);
  getTask = <T = Record<string, unknown>>(vendor: VendorKey, id: string) => this.call<AdminTask<T>>('getAdminTask', 'GET', taskPath(vendor, id));
  patchTask = <T = Record<string, unknown>>(vendor: VendorKey, id: string, input: TaskInput) => this.call<AdminTask<T>>('changeAdminTask', 'PATCH', taskPath(vendor, id), input);
  deleteTask = (vendor: VendorKey, id: string) => this.call<void>('deleteAdminTask', 'DELETE', taskPath(vendor, id));

  /** Everything back to the data set as loaded; with a vendor, its tasks and sessions only. */
  reset = (vendor?: VendorKey) => this.call<void>('resetMock', 'POST', '/__admin/reset', vendor === undefined ? {} : { vendor });
  state = () => this.call<StateSnapshot>('getState', 'GET', '/__admin/state');
  loadState = (snapshot: StateSnapshot) => this.call<void>('putState', 'PUT', '/__admin/state', snapshot);

  requests = async (filter: { vendor?: VendorKey; operationId?: string; status?: number; limit?: number } = {}) =>
    (await this.call<{ requests: JournalEntry[] }>('listRequests', 'GET', `/__admin/requests${query(filter)}`)).requests;
  clearRequests = () => this.call<void>('clearRequests', 'DELETE', '/__admin/requests');

  armFault = (input: FaultInput) => this.call<Fault>('armFault', 'POST', '/__admin/faults', input);
  faults = async () => (await this.call<{ faults: Fault[] }>('listFaults', 'GET', '/__admin/faults')).faults;
  clearFaults = () => this.call<void>('clearFaults', 'DELETE', '/__admin/faults');
  removeFault = (id: string) => this.call<void>('removeFault', 'DELETE', `/__admin/faults/${encodeURIComponent(id)}`);

  private async call<T>(operationId: string, method: Parameters<AdminTransport>[0]['method'], path: string, body?: unknown): Promise<T> {
    const res = await this.send({ operationId, method, path, body });
    if (res.status >= 200 && res.status <= 299) return res.body as T;
    const error = (res.body ?? {}) as { error?: string; message?: string; problems?: Problem[] };
    throw new AdminApiError(res.status, error.error ?? 'error', error.message ?? '', error.problems ?? []);
  }
}

/** A client of the admin API of a running taskmock at `baseUrl`, over fetch. */
export function adminClient(baseUrl: string, options: { readonly headers?: Readonly<Record<string, string>> } = {}): AdminClient {
  const root = baseUrl.replace(/\/+$/, '');
  return new AdminClient(async ({ method, path, body }) => {
    const res = await fetch(`${root}${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...options.headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
  });
}

function tasksPath(vendor: VendorKey): string {
  return `/__admin/${encodeURIComponent(vendor)}/tasks`;
}

function taskPath(vendor: VendorKey, id: string): string {
  return `${tasksPath(vendor)}/${encodeURIComponent(id)}`;
}

function query(filter: Readonly<Record<string, string | number | undefined>>): string {
  const pairs = Object.entries(filter).filter((entry): entry is [string, string | number] => entry[1] !== undefined);
  return pairs.length === 0 ? '' : `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`).join('&')}`;
}
