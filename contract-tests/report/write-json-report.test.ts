import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createValidators } from '../../src/validation/create-validators';
import { coverageOf } from '../coverage';
import { BASIC_SECRET, SECRET, sampleResults } from './test-support/sample-results';
import { writeJsonReport, type JsonReport } from './write-json-report';

const validators = createValidators();

describe('writeJsonReport', () => {
  const results = sampleResults();
  const coverage = coverageOf(results, validators);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'taskmock-json-')), 'out', 'contract.json');
  writeJsonReport(file, { results, coverage, startedAt: '2024-05-01T10:00:00.000Z', secrets: [SECRET, BASIC_SECRET] });
  const text = fs.readFileSync(file, 'utf8');
  const report = JSON.parse(text) as JsonReport;

  it('names the tool, its version, the start and the targets', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    expect(report).toMatchObject({ tool: 'taskmock', version: pkg.version, startedAt: '2024-05-01T10:00:00.000Z' });
    expect(report.targets).toEqual([
      { vendor: 'astra', target: 'https://astra.example' },
      { vendor: 'cbr', target: 'https://cbr.example' },
    ]);
    expect(report.totals).toEqual({ failures: 3, drift: 1, skipped: 2 });
  });

  it('lists every finding with all its fields', () => {
    expect(report.results).toHaveLength(4);
    for (const finding of report.results) {
      expect(Object.keys(finding).sort()).toEqual(['actual', 'check', 'expected', 'message', 'operationId', 'pointer', 'request', 'severity', 'vendor']);
    }
    expect(report.results[0]).toEqual(results[0]?.findings[0]);
    expect(report.results.map((f) => f.severity)).toEqual(['failure', 'failure', 'drift', 'failure']);
  });

  it('lists the skipped checks with their reasons and carries the coverage', () => {
    expect(report.skipped).toEqual([
      { vendor: 'astra', operationId: 'listAstraTasks', check: 'paging-walk', reason: 'the target invents each answer (stateless): no paging walk' },
      { vendor: 'astra', operationId: 'listAstraTasks', check: 'filter:state', reason: 'no state value seen in earlier responses' },
    ]);
    expect(report.coverage).toEqual(coverage);
  });

  it('holds no secret', () => {
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(Buffer.from(BASIC_SECRET).toString('base64'));
    expect(report.results[1]?.message).toBe('token *** leaked into a message');
  });
});
