import type { CheckContext, Exchange, Finding, Severity } from '../contract-types';

/** What a check says about one place in one exchange; the rest of the Finding comes from the exchange. */
export interface FindingDetail {
  readonly pointer: string;
  readonly expected: string;
  readonly actual: string;
  readonly message: string;
}

/**
 * A Finding for `exchange`. The request line is method and path only: credentials travel in
 * headers, never in the path the probes build, so nothing secret is copied here (the report
 * still redacts every configured secret as a second line of defence).
 */
export function makeFinding(exchange: Exchange, ctx: CheckContext, check: string, severity: Severity, detail: FindingDetail): Finding {
  return {
    vendor: ctx.vendor,
    operationId: exchange.operationId,
    check,
    severity,
    ...detail,
    request: requestLine(exchange),
  };
}

export function requestLine(exchange: Exchange): string {
  return `${exchange.request.method} ${exchange.request.path}`;
}

const MAX_SHOWN = 200;

/** A value as JSON for `actual`, cut to ~200 characters so one huge body cannot flood a report. */
export function showValue(value: unknown): string {
  if (value === undefined) return '(absent)';
  const text = JSON.stringify(value) ?? String(value);
  return truncate(text);
}

export function truncate(text: string, max = MAX_SHOWN): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} chars)`;
}
