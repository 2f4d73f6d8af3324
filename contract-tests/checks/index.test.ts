import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../src/package-root';
import { createValidators } from '../../src/validation/create-validators';
import type { Exchange, Finding } from '../contract-types';
import { driftChecks } from '../drift/index';
import { responseChecks } from './index';
import { docExample, documentedHeaders, makeExchange, runChecks } from './test-support/exchanges';

const validators = createValidators();
const allChecks = [...responseChecks, ...driftChecks];

interface Genuine {
  readonly title: string;
  readonly exchange: Exchange;
  /** Where a source document prints a schema rendering instead of a value (fixtures/doc-examples/README.md). */
  readonly placeholders: readonly string[];
}

/** Every named example of every documented response, with the documented Content-Type and headers; errors as negative probes. */
function specExamples(): Genuine[] {
  const out: Genuine[] = [];
  for (const op of validators.operations.values()) {
    for (const response of op.responses) {
      const status = response.status === 'default' ? 500 : Number(response.status);
      for (const [mediaType, media] of Object.entries(response.content)) {
        for (const [name, body] of Object.entries(media.examples)) {
          const headers = { ...documentedHeaders(validators, op.operationId, status), 'content-type': mediaType };
          const exchange = makeExchange(validators, { operationId: op.operationId, status, body, headers, expectError: status >= 400 });
          out.push({ title: `${op.operationId} ${response.status} ${mediaType} ${name}`, exchange, placeholders: [] });
        }
      }
    }
  }
  return out;
}

interface ManifestEntry {
  file: string;
  operationId: string;
  status: number;
  placeholderViolations?: string[];
}

function documentExamples(): Genuine[] {
  const root = path.join(packageRoot(), 'fixtures', 'doc-examples');
  return fs.readdirSync(root).flatMap((vendor) => {
    const manifest = path.join(root, vendor, 'manifest.json');
    if (!fs.existsSync(manifest)) return [];
    return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as ManifestEntry[]).map((entry) => ({
      title: `${vendor}/${entry.file}`,
      exchange: makeExchange(validators, { operationId: entry.operationId, status: entry.status, body: docExample(vendor, entry.file), expectError: entry.status >= 400 }),
      placeholders: entry.placeholderViolations ?? [],
    }));
  });
}

const genuine = [...specExamples(), ...documentExamples()];
const atOrUnder = (pointer: string, places: readonly string[]) => places.some((p) => pointer === p || pointer.startsWith(`${p}/`));

describe('responseChecks and driftChecks on genuine bodies', () => {
  it('exports the five response checks and the two drift checks', () => {
    expect(responseChecks.map((c) => c.name)).toEqual(['status-documented', 'content-type', 'required-headers', 'body-schema', 'error-envelope']);
    expect(driftChecks.map((c) => c.name)).toEqual(['unknown-field', 'unknown-enum']);
  });

  it('covers every spec example and every source-document example', () => {
    expect(genuine.length).toBeGreaterThan(100);
  });

  it.each(genuine.filter((g) => g.placeholders.length === 0))('$title: no failure', ({ exchange }) => {
    const failures = runChecks(allChecks, exchange, validators).filter((f) => f.severity === 'failure');
    expect(failures).toEqual([]);
  });

  it.each(genuine.filter((g) => g.placeholders.length > 0))('$title: failures only at its documented placeholders', ({ exchange, placeholders }) => {
    const findings = runChecks(allChecks, exchange, validators);
    const schemaFailures = findings.filter((f) => f.check === 'body-schema');
    expect(schemaFailures.every((f) => atOrUnder(f.pointer, placeholders))).toBe(true);
    expect(placeholders.every((p) => schemaFailures.some((f) => atOrUnder(f.pointer, [p])))).toBe(true);
    // An error body broken by placeholders is, rightly, not a valid error either.
    const others = findings.filter((f) => f.severity === 'failure' && f.check !== 'body-schema');
    expect(others.map((f) => f.check)).toEqual(exchange.expectError ? ['error-envelope'] : []);
    expect(findings.filter((f) => f.severity === 'drift').every((f) => atOrUnder(f.pointer, placeholders))).toBe(true);
  });

  it('finds no drift on genuine bodies: the spec declares every field the documents show, the concrete vSphere fault fields included', () => {
    const drift: Finding[] = genuine
      .filter((g) => g.placeholders.length === 0)
      .flatMap((g) => runChecks(driftChecks, g.exchange, validators));
    expect(drift).toEqual([]);
  });
});
