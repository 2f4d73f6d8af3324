import type { IncomingHttpHeaders } from 'node:http';
import type { MockError } from './errors/mock-error';
import type { Reply } from './http/reply';
import type { Clock } from './runtime/clock';
import type { Rng } from './runtime/rng';
import type { Operation } from './spec/operation';
import type { SessionBook } from './state/session-book';
import type { StoredTask, TaskSource } from './state/stored-task';
import type { TaskChanges } from './state/task-changes';
import type { TaskModel } from './state/task-model';
import type { View } from './state/view-cache';
import type { RawValues } from './validation/request-validator';

/** Settings of one vendor (`taskmock serve` options, tests): each dialect reads its own keys. */
export type VendorSettings = Readonly<Record<string, unknown>>;

/** What a dialect's base is built from: its fixture records, validated, and the injected runtime. */
export interface DialectSetup {
  /**
   * Fixture name → its records, read, parsed and validated one at a time while you iterate
   * (iterate once): a million-record data set never sits in memory twice. Use
   * `Array.from(records.x)` when the whole list is wanted.
   */
  readonly records: Readonly<Record<string, Iterable<unknown>>>;
  /**
   * A record's JSON as UTF-8 bytes: its NDJSON line as read when it is the record just read
   * (ask before iterating on), JSON.stringify's otherwise. Copy them at once, to serve the
   * record as it is rather than serialising and encoding millions of records again at load:
   * they are valid only until the next record is read.
   */
  readonly jsonBytesOf?: (record: unknown) => Uint8Array;
  /** Epoch ms the data set was made for (its manifest's `now`): loaded records show this moment. */
  readonly loadedAt: number;
  readonly rng: Rng;
  readonly settings: VendorSettings;
}

/** What a view is built from: the immutable base, the changes made since, and the moment. */
export interface ViewInput<B> {
  readonly base: B;
  readonly changes: TaskChanges;
  /** Simulated epoch ms the view shows. */
  readonly now: number;
  readonly settings: VendorSettings;
}

/** A change a handler asks for (Velostrata's cancel): applied by the one writer before the reply goes out. */
export type TaskWrite = { readonly kind: 'put'; readonly task: StoredTask } | { readonly kind: 'remove'; readonly id: string };

/** Validated, coerced request parameters by location. */
export interface RequestParams {
  readonly path: Readonly<Record<string, unknown>>;
  readonly query: Readonly<Record<string, unknown>>;
  readonly header: Readonly<Record<string, unknown>>;
}

/** Everything a handler sees. Handlers return a Reply and never touch the response. */
export interface RequestContext<S> {
  readonly op: Operation;
  /** The vendor's current view (view-cache.ts): derived from the store and the clock, never written. */
  readonly state: S;
  /**
   * The validated parameters. Requests with the same URL (and declared header parameters) get
   * the same object while the route remembers their check, so a handler may remember what it
   * derives from them by this object (a WeakMap in its state), never by their text.
   */
  readonly params: RequestParams;
  readonly headers: IncomingHttpHeaders;
  /** Path and query as the client sent them. */
  readonly url: string;
  readonly clock: Clock;
  readonly rng: Rng;
  readonly settings: VendorSettings;
  /** The process's API sessions (shared by every listener, cleared by reset). */
  readonly sessions: SessionBook;
  /** The stored task behind an id, as the store now holds it (for handlers that write). */
  readonly storedTask: (id: string) => StoredTask | undefined;
}

/** What an error renderer may use: there may be no operation (unknown route). */
export interface ErrorContext<S> {
  readonly op: Operation | undefined;
  readonly state: S;
  readonly headers: IncomingHttpHeaders;
  readonly url: string;
  readonly rng: Rng;
  readonly settings: VendorSettings;
}

/** A handler's answer; `writes` (rare: a vendor API that changes a task) are applied before it is sent. */
export type HandlerReply = Reply & { readonly writes?: readonly TaskWrite[] };

export type Handler<S> = (ctx: RequestContext<S>) => HandlerReply;

/** What a vendor's data generator gets: everything random comes from `rng`, every time from `now`. */
export interface GenerateOptions {
  readonly rng: Rng;
  /** How many tasks to make (the vendor may add a few fixed records, e.g. the documents' examples). */
  readonly count: number;
  /** Epoch ms the data set is made for: the simulated clock starts here. */
  readonly now: number;
  /** A source-document example body, by file name under fixtures/doc-examples/<vendor>/. */
  readonly docExample: (file: string) => unknown;
}

/** One fixture file of a vendor and the component schema each of its records must satisfy. */
export interface FixtureSpec {
  readonly file: string;
  readonly schema: string;
}

/**
 * The seam between the core and a vendor: only what differs per API. The core registers one
 * route per spec operation, runs `authenticate`, validates parameters with the shared compiled
 * validators, calls the handler, and writes what it returns; errors go to `renderError`.
 */
export interface Dialect<S, B = unknown> {
  /** The vendor key: folder name under mocks/ and fixtures/, spec file name, `--api` value. */
  readonly vendor: string;
  /** Path prefixes this API owns: an unknown route under one gets this vendor's 404. */
  readonly prefixes: readonly string[];
  readonly fixtures: Readonly<Record<string, FixtureSpec>>;
  /** Loads the data set once into an immutable base (indexes, encoded static tasks, runs). */
  createBase(setup: DialectSetup): B;
  /** The base's tasks as the core reads them (admin API, snapshots). */
  baseTasks(base: B): TaskSource;
  /**
   * What the API serves at `input.now`: the base with the changes merged, and every cache that
   * depends on the tasks. Must be cheap when the changes are few (a 1M-task base is not rebuilt).
   */
  createView(input: ViewInput<B>): View<S>;
  /** The vendor's tasks as the admin API, arrivals and the state file drive them. */
  readonly tasks: TaskModel;
  /** Makes a data set: fixture name → records in the vendor's own shape (validated on load). */
  generate(options: GenerateOptions): Record<string, Iterable<unknown>>;
  /** The default number of tasks of `taskmock fixtures` (the committed data set). */
  readonly defaultCount: number;
  /** operationId → handler; checked against the spec at start-up, both ways. */
  readonly handlers: Readonly<Record<string, Handler<S>>>;
  /** Throws a MockError when the request's credentials do not pass. Runs before validation. */
  authenticate?(ctx: RequestContext<S>): void;
  /** Rewrites the parsed query before validation (e.g. comma lists into repeated values). */
  normalizeQuery?(query: RawValues, op: Operation): RawValues;
  /** When true, a query key the operation does not declare is an `unknown_parameter` error. */
  readonly rejectUndeclaredQuery?: boolean;
  renderError(error: MockError, ctx: ErrorContext<S>): Reply;
  /** Headers on every response of this API, errors included (CBR's `X-Request-Id`). */
  commonHeaders?(ctx: ErrorContext<S>): Record<string, string>;
  /** One line for the `serve` banner: demo tenant and credentials. */
  describe(baseUrl: string): string;
  /**
   * Request headers that authenticate as the demo tenant against a running server at
   * `baseUrl` (Snapservice logs in first): shared by the benchmark and the smoke tests.
   */
  demoHeaders(baseUrl: string): Promise<Record<string, string>>;
}

/** A dialect with its state and base types erased, as the core holds them. */
export type AnyDialect = Dialect<unknown, unknown>;

/** Typed identity for a vendor's dialect; erases the state and base types for the core's list. */
export function defineDialect<S, B>(dialect: Dialect<S, B>): AnyDialect {
  return dialect as unknown as AnyDialect;
}
