import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runContractCommand } from '../src/cli/contract-command';
import { createInProcessApp } from './targets/in-process-app';
import { createValidators } from '../src/validation/create-validators';
import type { JsonReport } from './report/write-json-report';
import { findAll, parseXml } from './report/test-support/parse-xml';

/**
 * What `npm test` asks of the suite itself, through the real `taskmock contract` command: all
 * five APIs pass against our in-process mock with every documented response and parameter
 * exercised, and against Prism mocking each spec with no false failure, the probes that need
 * state skipped with their reasons. The reports are the ones CI reads.
 */
const validators = createValidators();
const operations = [...validators.operations.values()];
let out: string[];

beforeEach(() => {
  out = [];
  jest.spyOn(console, 'log').mockImplementation((line: string) => void out.push(String(line)));
  jest.spyOn(console, 'error').mockImplementation((line: string) => void out.push(String(line)));
});
afterEach(() => jest.restoreAllMocks());

async function contract(args: string[]): Promise<{ code: number; report: JsonReport; junit: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'taskmock-contract-'));
  const json = path.join(dir, 'report.json');
  const junit = path.join(dir, 'report.xml');
  const code = await runContractCommand([...args, '--json', json, '--junit', junit]);
  return { code, report: JSON.parse(fs.readFileSync(json, 'utf8')) as JsonReport, junit: fs.readFileSync(junit, 'utf8') };
}

describe('taskmock contract in npm test', () => {
  it('against the in-process mock: every API passes and every documented response and parameter is exercised', async () => {
    const { code, report, junit } = await contract([]);
    expect(report.results.filter((f) => f.severity === 'failure')).toEqual([]);
    expect(report.coverage?.missing).toEqual([]);
    expect(code).toBe(0);
    for (const op of operations) {
      const covered = report.coverage?.operations.find((o) => o.operationId === op.operationId);
      expect(covered?.responses.map((r) => r.name).sort()).toEqual(op.responses.map((r) => r.status).sort());
      expect(covered?.responses.every((r) => r.exercised)).toBe(true);
    }
    // One JUnit testcase per operation and check, in a document CI tools parse.
    const cases = findAll(parseXml(junit), 'testcase');
    for (const op of operations) {
      const names = cases.filter((c) => c.attrs['classname'] === `${op.vendor}.${op.operationId}`).map((c) => c.attrs['name']);
      expect(names).toEqual(expect.arrayContaining(['status-documented', 'content-type', 'required-headers', 'body-schema', 'error-envelope']));
    }
    expect(findAll(parseXml(junit), 'failure')).toEqual([]);
  }, 60_000);

  it('against Prism mocking each spec: no false failure, and each probe that needs state skipped with its reason', async () => {
    const { code, report } = await contract(['--prism']);
    expect(report.results.filter((f) => f.severity === 'failure')).toEqual([]);
    expect(code).toBe(0);
    expect(new Set(report.targets.map((t) => t.vendor))).toEqual(new Set(['vsphere', 'velostrata', 'snapservice', 'astra', 'cbr']));
    const stateful = report.skipped.filter((s) => /stateless/.test(s.reason));
    for (const check of ['paging-no-duplicates', 'paging-stable-order', 'filter-matches', 'continue-resumes']) {
      expect(stateful.some((s) => s.check === check)).toBe(true);
    }
    // Printed, not only written to the report.
    expect(out.join('\n')).toMatch(/skip\s+paging-no-duplicates: target is stateless/);
    // /__admin is never called on a target that is not taskmock.
    expect(report.skipped.some((s) => s.check === 'coverage' && /not taskmock/.test(s.reason))).toBe(true);
  }, 120_000);

  it('against a running taskmock at a base URL: recognised by its Server header, so every documented error is provoked', async () => {
    const server: Server = await new Promise((resolve) => {
      const listening = createInProcessApp(validators, ['astra', 'cbr', 'snapservice', 'velostrata']).listen(0, '127.0.0.1', () => resolve(listening));
    });
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const { code, report } = await contract(['--api', 'astra,cbr,snapservice,velostrata', '--base-url', base, '--rate', '0']);
      expect(report.results.filter((f) => f.severity === 'failure')).toEqual([]);
      expect(code).toBe(0);
      expect(report.skipped.filter((s) => /not taskmock/.test(s.reason))).toEqual([]);
      expect(report.coverage?.missing).toEqual([]);
    } finally {
      await new Promise((done) => {
        server.closeAllConnections();
        server.close(done);
      });
    }
  }, 60_000);
});
