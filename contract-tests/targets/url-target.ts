import type { ProbeRequest, ProbeResponse, Target } from '../contract-types';
import { redact } from '../redact';
import { rateGate } from './rate-gate';
import { isAdminRequest } from './request-body';
import { BudgetExceeded, RequestRefused, TargetTimeout, TargetUnreachable } from './target-error';
import { toProbeResponse } from './to-probe-response';

export interface UrlTargetOptions {
  /** Most requests this target may send, logins included; the next one throws BudgetExceeded. */
  readonly budget: number;
  /** Most request starts per second (0: no limit). */
  readonly ratePerSecond: number;
  /** Per request, headers and body together. */
  readonly timeoutMs: number;
  /** The secrets in use, read at each use (sessions appear during the run): error texts are redacted with them. */
  readonly secrets?: () => readonly string[];
  /**
   * The user vouches the server is taskmock (`--taskmock`). Without it, the target is taskmock
   * once an answer to an ordinary request names it in `Server: taskmock/<version>`: the suite
   * never asks an unknown system (no `/__admin` probe) to find out.
   */
  readonly taskmock?: boolean;
  /** False for a target that invents each answer (Prism). Default true. */
  readonly stateful?: boolean;
  /** Shown in reports instead of the base URL. */
  readonly name?: string;
}

export interface UrlTarget extends Target {
  /** Requests sent so far (the budget counts these). */
  readonly sent: number;
}

/**
 * Any server at a base URL, through the global fetch: the target of `--base-url` (a real
 * system) and of Prism. Safe by construction: a request budget, a rate limit, a timeout, no
 * redirect followed (credentials stay with the origin they were meant for; the checks see the
 * 3xx), `/__admin` and request bodies refused unless the server is taskmock (it said so in
 * `Server`, or the user vouched for it),
 * and nothing that could carry a secret in its name or error messages.
 */
export function urlTarget(baseUrl: string, options: UrlTargetOptions): UrlTarget {
  const base = parseBaseUrl(baseUrl);
  const wait = rateGate(options.ratePerSecond);
  const secrets = options.secrets ?? (() => []);
  let sent = 0;
  let identified = options.taskmock === true;
  return {
    name: options.name ?? base,
    stateful: options.stateful ?? true,
    get isTaskmock() {
      return identified;
    },
    get sent() {
      return sent;
    },
    async send(probe: ProbeRequest): Promise<ProbeResponse> {
      const label = redact(`${probe.method} ${probe.path}`, secrets());
      if (!identified && isAdminRequest(probe)) throw new RequestRefused(label);
      if (sent >= options.budget) throw new BudgetExceeded(options.budget, label);
      sent += 1;
      await wait();
      const started = performance.now();
      const signal = AbortSignal.timeout(options.timeoutMs);
      try {
        const res = await fetch(`${base}${probe.path}`, {
          method: probe.method,
          headers: probe.headers,
          body: probe.body,
          redirect: 'manual',
          signal,
        });
        const text = await res.text();
        identified ||= TASKMOCK_SERVER.test(res.headers.get('server') ?? '');
        return toProbeResponse(res.status, res.headers.entries(), text, performance.now() - started);
      } catch (error) {
        // Nothing else aborts this signal: aborted means the time ran out (headers or body).
        if (signal.aborted) throw new TargetTimeout(options.timeoutMs, label);
        throw new TargetUnreachable(label, redact(causeOf(error), secrets()));
      }
    },
  };
}

/** How taskmock names itself in every answer (src/http/write-reply.ts). */
const TASKMOCK_SERVER = /^taskmock\/\S+$/;

/** The base URL without a trailing slash; one with credentials in it is refused (they would be printed as the target's name). */
function parseBaseUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new InvalidBaseUrl('not a URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InvalidBaseUrl(`scheme ${url.protocol} is not http or https`);
  if (url.username || url.password) throw new InvalidBaseUrl('credentials in the URL; give them as TASKMOCK_<VENDOR>_* variables or --config');
  if (url.search || url.hash) throw new InvalidBaseUrl('a query or fragment; give the origin and path prefix only');
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** A base URL the suite will not use; the CLI treats it as a usage error. */
export class InvalidBaseUrl extends Error {
  readonly kind = 'invalid-base-url';
  constructor(reason: string) {
    super(`base URL refused: ${reason}`);
    this.name = 'InvalidBaseUrl';
  }
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.message === 'string') return cause.message;
  return error instanceof Error ? error.message : String(error);
}
