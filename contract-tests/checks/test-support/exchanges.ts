import fs from 'node:fs';
import path from 'node:path';
import { findResponse } from '../../../src/spec/find-response';
import { packageRoot } from '../../../src/package-root';
import type { Validators } from '../../../src/validation/create-validators';
import type { CheckContext, Exchange, Finding, ResponseCheck } from '../../contract-types';

/** Test helpers: exchanges built from genuine bodies (spec examples, source-document examples) and broken copies. */

export function contextFor(validators: Validators, operationId: string): CheckContext {
  const op = validators.operation(operationId);
  return { vendor: op.vendor, op, validators };
}

export interface ExchangeInput {
  readonly operationId: string;
  readonly status: number;
  readonly body?: unknown;
  /** The raw text; defaults to the body as JSON. */
  readonly text?: string;
  /** Lower-case names; default: `content-type: application/json` plus the documented headers' examples. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly expectError?: boolean;
  readonly probe?: string;
}

export function makeExchange(validators: Validators, input: ExchangeInput): Exchange {
  const op = validators.operation(input.operationId);
  const text = input.text ?? (input.body === undefined ? '' : JSON.stringify(input.body));
  return {
    operationId: input.operationId,
    probe: input.probe ?? 'test',
    request: { method: op.method === 'post' ? 'POST' : 'GET', path: op.defaultRequest ?? op.path, headers: {} },
    response: { status: input.status, headers: input.headers ?? documentedHeaders(validators, input.operationId, input.status), text, body: input.body, ms: 1 },
    expectError: input.expectError,
  };
}

/** The headers a genuine answer carries: the documented Content-Type and each documented header's example. */
export function documentedHeaders(validators: Validators, operationId: string, status: number): Record<string, string> {
  const response = findResponse(validators.operation(operationId), status);
  const headers: Record<string, string> = { 'content-type': Object.keys(response?.content ?? {})[0] ?? 'application/json' };
  for (const [name, header] of Object.entries(response?.headers ?? {})) {
    const example = (header as { example?: unknown }).example;
    if (typeof example === 'string') headers[name.toLowerCase()] = example;
  }
  return headers;
}

/** A named example of the spec, deep-copied so a test can break it. */
export function specExample(validators: Validators, operationId: string, status: string, name: string, mediaType = 'application/json'): unknown {
  const response = validators.operation(operationId).responses.find((r) => r.status === status);
  const value = response?.content[mediaType]?.examples[name];
  if (value === undefined) throw new Error(`${operationId} ${status} ${mediaType} has no example ${name}`);
  return structuredClone(value);
}

export function docExample(vendor: string, file: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(packageRoot(), 'fixtures', 'doc-examples', vendor, file), 'utf8')) as unknown;
}

export function runChecks(checks: readonly ResponseCheck[], exchange: Exchange, validators: Validators): Finding[] {
  const ctx = contextFor(validators, exchange.operationId);
  return checks.flatMap((check) => check.run(exchange, ctx));
}

/** The parts of a finding a test pins down. */
export function where(findings: readonly Finding[]): { check: string; severity: string; pointer: string }[] {
  return findings.map(({ check, severity, pointer }) => ({ check, severity, pointer }));
}
