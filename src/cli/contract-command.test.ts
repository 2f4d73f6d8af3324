import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { ContractResult, Credentials, Finding, Target } from '../../contract-tests/contract-types';
import type { JsonReport } from '../../contract-tests/report/write-json-report';
import type { Validators } from '../validation/create-validators';
import { runContractCommand } from './contract-command';

/**
 * The command's own work, with the runner replaced by a small stand-in that sends each
 * operation's default request through the target and credentials the command built (real
 * HTTP), so what is checked here is the wiring: targets, credentials, coverage rule,
 * reports, redaction and exit codes. The runner's own behaviour is tested beside it.
 */
jest.mock('../../contract-tests/run-contract', () => ({ runContract: jest.fn() }), { virtual: true });
interface RunArgs {
  vendor: string;
  target: Target;
  credentials: Credentials;
  validators: Validators;
  pageBudget?: number;
}
const runContract = (jest.requireMock('../../contract-tests/run-contract') as { runContract: jest.Mock<Promise<ContractResult>, [RunArgs]> }).runContract;

let extraFindings: (vendor: string) => Finding[] = () => [];
const seen: RunArgs[] = [];

async function defaultRun(args: RunArgs): Promise<ContractResult> {
  seen.push(args);
  const ops = [...args.validators.operations.values()].filter((o) => o.vendor === args.vendor && o.defaultRequest);
  const outcomes = [];
  for (const op of ops) {
    const request = { method: 'GET' as const, path: op.defaultRequest ?? '', headers: await args.credentials.headersFor(op, args.target) };
    const response = await args.target.send(request);
    outcomes.push({ probe: 'default-request', operationId: op.operationId, findings: [], exchanges: [{ operationId: op.operationId, probe: 'default-request', request, response }] });
  }
  const checkRuns = ops.map((o) => ({ operationId: o.operationId, check: 'status-documented', runs: 1 }));
  return { vendor: args.vendor, target: args.target.name, outcomes, findings: extraFindings(args.vendor), checkRuns };
}

let out: string[];
let err: string[];
const savedEnv = { ...process.env };
beforeEach(() => {
  out = [];
  err = [];
  seen.length = 0;
  extraFindings = () => [];
  runContract.mockReset().mockImplementation(defaultRun);
  jest.spyOn(console, 'log').mockImplementation((line: string) => void out.push(line));
  jest.spyOn(console, 'error').mockImplementation((line: string) => void err.push(line));
});
afterEach(() => {
  jest.restoreAllMocks();
  process.env = { ...savedEnv };
});

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'taskmock-contract-cli-'));

function startServer() {
  const requests: http.IncomingMessage[] = [];
  const server = http.createServer((req, res) => {
    requests.push(req);
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"items":[],"metadata":{}}');
  });
  return new Promise<{ base: string; requests: http.IncomingMessage[]; close: () => Promise<void> }>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        requests,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

describe('taskmock contract', () => {
  it('runs against the in-process mock by default and fails what was never exercised there', async () => {
    const dir = tmp();
    const code = await runContractCommand(['--api', 'cbr', '--json', path.join(dir, 'r.json'), '--junit', path.join(dir, 'r.xml')]);
    expect(seen.map((s) => [s.vendor, s.target.name, s.target.isTaskmock])).toEqual([['cbr', 'taskmock (in-process)', true]]);
    const report = JSON.parse(fs.readFileSync(path.join(dir, 'r.json'), 'utf8')) as JsonReport;
    // The default request got a real 200 from the mock, so only what it did not exercise fails.
    expect(report.coverage?.operations[0]?.responses.find((r) => r.name === '200')?.exercised).toBe(true);
    expect(report.results.every((f) => f.check === 'coverage' && f.severity === 'failure')).toBe(true);
    expect(report.results.map((f) => f.message)).toContain('parameter vault_id of listOpLogs was never exercised by any probe');
    expect(fs.readFileSync(path.join(dir, 'r.xml'), 'utf8')).toContain('<testcase classname="cbr.listOpLogs" name="coverage"');
    expect(report.results.length).toBeGreaterThan(0);
    expect(out.join('\n').split('\n')).toContain(`contract: ${report.results.length} failures, 0 drift, 0 skipped`);
    expect(code).toBe(1);
  });

  it('runs vSphere in process twice: its HTTP error statuses exist only with mirrorStatus', async () => {
    await runContractCommand(['--api', 'vsphere']);
    expect(seen.map((s) => s.target.name)).toEqual(['taskmock (in-process)', 'taskmock (in-process, vsphere mirrorStatus)']);
    const statuses = await Promise.all(
      seen.map(async (s) => (await s.target.send({ method: 'GET', path: '/v1/vsphere/task/root/list?vsphere_uuid=not-a-uuid', headers: {} })).status),
    );
    expect(statuses).toEqual([200, 400]);
  });

  it('runs against a base URL with the configured secrets, never printing them, and passes with drift only', async () => {
    const server = await startServer();
    try {
      process.env.TASKMOCK_ASTRA_TOKEN = 'cli-secret-token';
      extraFindings = (vendor) => [
        { vendor, operationId: 'listAstraTasks', check: 'unknown-field', severity: 'drift', pointer: '/x', expected: 'known', actual: 'x', message: 'echoed cli-secret-token', request: 'GET /' },
      ];
      const code = await runContractCommand(['--api', 'astra', '--base-url', server.base, '--budget', '7', '--rate', '50']);
      expect(server.requests.map((r) => r.headers.authorization)).toEqual(['Bearer cli-secret-token']);
      expect(seen[0]?.target).toMatchObject({ name: server.base, isTaskmock: false, stateful: true });
      const printed = out.join('\n');
      expect(printed).toContain('echoed ***');
      expect(printed).not.toContain('cli-secret-token');
      // A real system need not show every documented error: coverage is printed, not required.
      expect(printed).toMatch(/^ {2}astra +listAstraTasks +1\/6 /m);
      expect(printed).toMatch(/^contract: 0 failures, 1 drift, 0 skipped$/m);
      expect(code).toBe(0);
      expect(await runContractCommand(['--api', 'astra', '--base-url', server.base, '--strict'])).toBe(1);
    } finally {
      await server.close();
    }
  });

  it('gives the url target the budget asked for, and marks it taskmock only with --taskmock', async () => {
    const server = await startServer();
    try {
      runContract.mockImplementation(async (args) => {
        seen.push(args);
        const request = { method: 'GET' as const, path: '/', headers: {} };
        await args.target.send(request);
        await expect(args.target.send(request)).rejects.toMatchObject({ kind: 'budget-exceeded' });
        return { vendor: args.vendor, target: args.target.name, outcomes: [], findings: [], checkRuns: [] };
      });
      expect(await runContractCommand(['--api', 'vsphere', '--base-url', server.base, '--budget', '1', '--taskmock', '--page-budget', '3'])).toBe(0);
      expect(seen[0]).toMatchObject({ pageBudget: 3, target: { isTaskmock: true } });
      expect(server.requests).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('exits 1 with a redacted message when the run breaks', async () => {
    process.env.TASKMOCK_CBR_TOKEN = 'cbr-secret';
    runContract.mockRejectedValue(new Error('exploded near cbr-secret'));
    expect(await runContractCommand(['--api', 'cbr', '--base-url', 'http://127.0.0.1:9'])).toBe(1);
    expect(err).toEqual(['taskmock contract: exploded near ***']);
  });

  it.each([
    ['an unknown option', ['--nope']],
    ['an unknown API', ['--api', 'astra,nope']],
    ['both --base-url and --prism', ['--base-url', 'http://x.example', '--prism']],
    ['--taskmock with --prism', ['--prism', '--taskmock']],
    ['a budget that is not a number', ['--budget', 'lots']],
    ['a negative rate', ['--rate', '-1']],
    ['credentials in the base URL', ['--base-url', 'https://user:pw@x.example']],
    ['an unreadable config file', ['--config', '/nonexistent/contract.json']],
    ['a positional argument', ['astra']],
  ])('exits 2 on %s, without running anything', async (_case, args) => {
    expect(await runContractCommand(args)).toBe(2);
    expect(runContract).not.toHaveBeenCalled();
    expect(err.join('\n')).toMatch(/^taskmock contract: /);
    expect(err.join('\n')).not.toContain('pw@');
  });

  it('prints its help with --help', async () => {
    expect(await runContractCommand(['--help'])).toBe(0);
    expect(out.join('\n')).toContain('taskmock contract [options]');
  });
});
