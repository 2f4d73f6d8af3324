import type { ContractResult, ProbeRequest, Target } from './contract-types';
import { filtersOf } from './probes/param-extensions';
import type { ProbeReport } from './probes/probe-context';
import { runContract, UnknownVendor } from './run-contract';
import { BudgetExceeded, TargetTimeout } from './targets/target-error';
import { inProcessMock, tamperedTarget, withBody } from './test-support/in-process';

// One app, one set of compiled validators and one set of credentials for the whole file.
const mock = inProcessMock();
const run = (vendor: string, target: Target = mock.target, pageBudget?: number): Promise<ContractResult> =>
  runContract({ vendor, target, credentials: mock.credentials, validators: mock.validators, pageBudget });

const failingChecks = (result: ContractResult): string[] => [...new Set(result.findings.filter((f) => f.severity === 'failure').map((f) => f.check))].sort();
const judged = (result: ContractResult, operationId: string, check: string): number =>
  result.checkRuns.find((r) => r.operationId === operationId && r.check === check)?.runs ?? -1;
const query = (path: string): URLSearchParams => new URLSearchParams(path.includes('?') ? path.slice(path.indexOf('?') + 1) : '');
const replaceQuery = (request: ProbeRequest, edit: (params: URLSearchParams) => void): ProbeRequest => {
  const [path = ''] = request.path.split('?');
  const params = query(request.path);
  edit(params);
  const search = params.toString().replace(/\+/g, '%20');
  return { ...request, path: search ? `${path}?${search}` : path };
};

describe('runContract against the in-process mock', () => {
  it.each([
    ['cbr', 'listOpLogs', ['paging-no-gaps', 'filter-exact', 'negative-error-status', 'coverage-fault-status']],
    ['astra', 'listAstraTasks', ['paging-no-gaps', 'filter-exact', 'projection-values', 'continue-resumes', 'continue-replay-stable', 'coverage-fault-status']],
    ['vsphere', 'listRootTasks', ['paging-no-gaps', 'paging-stable-order', 'filter-exact', 'negative-error-status']],
    ['velostrata', 'getActiveTasks', ['paging-totals-agree', 'negative-error-status', 'coverage-fault-status']],
    ['snapservice', 'listSnapserviceTasks', ['filter-exact', 'filter-matches', 'negative-error-status', 'coverage-fault-status']],
  ])('%s: every exchange passes every check and every probe invariant holds', async (vendor, listOp, mustJudge) => {
    const result = await run(vendor);
    expect(result.findings.filter((f) => f.severity === 'failure')).toEqual([]);
    // The probes really ran: the invariants this API can be judged on were judged.
    for (const check of mustJudge) expect({ check, runs: judged(result, listOp, check) }).toEqual({ check, runs: expect.any(Number) });
    expect(mustJudge.filter((check) => judged(result, listOp, check) < 1)).toEqual([]);
    for (const op of [...mock.validators.operations.values()].filter((o) => o.vendor === vendor)) {
      // A DELETE (taskmock only) is sent twice: a repeat must succeed too (probes/default-request.ts).
      expect(judged(result, op.operationId, 'default-request-ok')).toBe(op.method === 'delete' ? 2 : 1);
      expect(judged(result, op.operationId, 'body-schema')).toBeGreaterThan(0);
    }
    // Never silent: whatever was skipped says why.
    for (const outcome of result.outcomes) if (outcome.skipped !== undefined) expect(outcome.skipped.length).toBeGreaterThan(10);
    for (const checkRun of result.checkRuns) if (checkRun.runs === 0) expect(checkRun.skipped?.length ?? 0).toBeGreaterThan(10);
  }, 60_000);

  it('vsphere with statuses mirrored: the coverage probe provokes every documented error status through /__admin/faults', async () => {
    const mirrored = inProcessMock({ vsphere: { mirrorStatus: true } });
    const result = await runContract({ vendor: 'vsphere', target: mirrored.target, credentials: mirrored.credentials, validators: mirrored.validators });
    expect(result.findings.filter((f) => f.severity === 'failure')).toEqual([]);
    for (const operationId of ['listRootRecentTasks', 'listRootTasks', 'listResourceTasks']) {
      const statuses = new Set(result.outcomes.filter((o) => o.operationId === operationId).flatMap((o) => o.exchanges.map((e) => e.response.status)));
      expect([...statuses].sort()).toEqual([200, 400, 401, 404, 500]);
      expect(judged(result, operationId, 'coverage-fault-status')).toBeGreaterThan(0);
    }
  }, 60_000);

  it('fills one check run per operation and check: response checks, drift checks and probe invariants', async () => {
    const result = await run('velostrata');
    const checks = result.checkRuns.filter((r) => r.operationId === 'getActiveTasks').map((r) => r.check);
    expect(checks).toEqual(expect.arrayContaining(['status-documented', 'body-schema', 'unknown-field', 'never-seen', 'paging-no-duplicates', 'filter-exact']));
    expect(new Set(checks).size).toBe(checks.length);
    expect(result.checkRuns.find((r) => r.check === 'filter-exact')).toEqual({
      operationId: 'getActiveTasks',
      check: 'filter-exact',
      runs: 0,
      skipped: 'the operation has no parameter with x-taskmock-filter',
    });
  });

  it('refuses a vendor no spec operation belongs to', async () => {
    await expect(run('nosuchvendor')).rejects.toBeInstanceOf(UnknownVendor);
  });
});

describe('runContract catches drift, naming the failing checks exactly', () => {
  it('duplicates across pages: each offset page starts one item early', async () => {
    const target = tamperedTarget(mock.target, {
      rewrite: (request) =>
        replaceQuery(request, (params) => {
          const offset = Number(params.get('offset') ?? 0);
          if (offset > 0) params.set('offset', String(offset - 1));
        }),
    });
    const result = await run('cbr', target);
    expect(failingChecks(result)).toEqual(['paging-no-duplicates']);
    const finding = result.findings.find((f) => f.check === 'paging-no-duplicates');
    expect(finding).toMatchObject({ vendor: 'cbr', operationId: 'listOpLogs', pointer: '/operation_logs/0/id', request: expect.stringMatching(/^GET \/v3\/.*offset=20/) });
  }, 60_000);

  it('a total that disagrees with the items', async () => {
    const target = tamperedTarget(mock.target, {
      answer: (request, response) => {
        const body = response.body as { count?: number } | undefined;
        return typeof body?.count === 'number' && !query(request.path).has('status') ? withBody(response, { ...body, count: body.count + 1 }) : response;
      },
    });
    const result = await run('cbr', target);
    expect(failingChecks(result)).toEqual(['paging-no-gaps']);
    const finding = result.findings.find((f) => f.check === 'paging-no-gaps');
    expect(finding?.pointer).toBe('/count');
    expect(Number(finding?.actual)).toBe(Number(finding?.expected.split(' ')[0]) + 1);
  }, 60_000);

  it('an ignored filter', async () => {
    const filterParams = filtersOf(mock.validators.operation('listOpLogs')).map((f) => f.param.name);
    const target = tamperedTarget(mock.target, { rewrite: (request) => replaceQuery(request, (params) => filterParams.forEach((name) => params.delete(name))) });
    const result = await run('cbr', target);
    // A server that ignores a filter also accepts any value for it: the negative probes see a
    // 200 success where a 400 error belongs.
    expect(failingChecks(result)).toEqual(['error-envelope', 'filter-exact', 'filter-matches', 'negative-error-status']);
    expect(result.findings.filter((f) => f.check === 'negative-error-status').map((f) => f.request)).toEqual([
      expect.stringContaining('end_time=not%20valid!'),
      expect.stringContaining('operation_type=taskmock-not-in-enum'),
      expect.stringContaining('start_time=not%20valid!'),
      expect.stringContaining('status=taskmock-not-in-enum'),
    ]);
    const statusFinding = result.findings.find((f) => f.check === 'filter-matches' && f.request.includes('status='));
    expect(statusFinding).toMatchObject({ pointer: expect.stringMatching(/^\/operation_logs\/\d+$/), expected: expect.stringContaining('/status equals') });
  }, 60_000);

  it('an ignored continue token: the walk repeats the first page until the page budget, and is told so', async () => {
    const target = tamperedTarget(mock.target, { rewrite: (request) => replaceQuery(request, (params) => params.delete('continue')) });
    const result = await run('astra', target, 4);
    // The malformed-continue negative is answered 200 too: an ignored parameter accepts anything.
    expect(failingChecks(result)).toEqual(['continue-resumes', 'error-envelope', 'negative-error-status', 'paging-no-duplicates']);
    const walk = result.outcomes.find((o) => o.probe === 'paging-walk') as ProbeReport | undefined;
    expect(walk?.note).toBe('walk not complete: page budget of 4 spent before the last page');
    expect(walk?.exchanges).toHaveLength(5); // four pages and the first one again
    expect(result.checkRuns.find((r) => r.check === 'paging-no-gaps')?.skipped).toBe('the walk did not complete: page budget of 4 spent before the last page');
  }, 60_000);

  it('an ignored projection', async () => {
    const target = tamperedTarget(mock.target, { rewrite: (request) => replaceQuery(request, (params) => params.delete('include')) });
    const result = await run('astra', target);
    // The projection probe sees full tasks instead of value arrays; the malformed-include negative gets a 200.
    expect(failingChecks(result)).toEqual(['error-envelope', 'negative-error-status', 'projection-values']);
    expect(result.findings.find((f) => f.check === 'projection-values')?.pointer).toBe('/items/0');
  }, 60_000);

  it('missing credentials answered with a documented status of the wrong kind (404 for 401)', async () => {
    const target = tamperedTarget(mock.target, {
      answer: (request, response) => (request.headers['X-Auth-Token'] === undefined && response.status === 401 ? { ...response, status: 404 } : response),
    });
    const result = await run('cbr', target);
    expect(failingChecks(result)).toEqual(['negative-error-status']);
    expect(result.findings.find((f) => f.check === 'negative-error-status')).toMatchObject({ expected: 'status 401', actual: 'status 404' });
  }, 60_000);
});

describe('runContract on targets that cannot serve every probe', () => {
  it('skips the state-needing probes of a stateless target with the reason, and never calls /__admin on a target that is not taskmock', async () => {
    const sent: string[] = [];
    const target: Target = {
      name: 'stateless',
      stateful: false,
      isTaskmock: false,
      send: (request) => {
        sent.push(request.path);
        return mock.target.send(request);
      },
    };
    const result = await run('astra', target);
    expect(sent.filter((path) => path.startsWith('/__admin'))).toEqual([]);
    const skipped = Object.fromEntries(result.outcomes.filter((o) => o.skipped).map((o) => [o.probe, o.skipped]));
    expect(skipped).toEqual({
      'paging-walk': 'target is stateless: paging invariants need real state',
      filters: 'target is stateless: filter correctness needs real state',
      projection: 'target is stateless: a projection is compared with the same items unprojected',
      'continue-tokens': 'target is stateless: continue tokens need real state',
      'negative:wrong-credentials': 'target is stateless: it cannot tell right credentials from wrong ones',
      coverage: 'target is not taskmock: /__admin is never called',
    });
    expect(failingChecks(result)).toEqual([]);
  }, 60_000);

  it('skips every later probe once the request budget is spent, with the reason', async () => {
    let count = 0;
    const target: Target = {
      ...mock.target,
      send: (request) => {
        count += 1;
        if (count > 3) return Promise.reject(new BudgetExceeded(3, `${request.method} ${request.path}`));
        return mock.target.send(request);
      },
    };
    const result = await run('cbr', target);
    const walk = result.outcomes.find((o) => o.probe === 'paging-walk');
    expect(walk?.skipped).toMatch(/^request budget of 3 spent; not sent: GET \/v3\//);
    expect(walk?.exchanges).toHaveLength(2); // the default request took the first of the three
    expect(result.outcomes.find((o) => o.probe === 'coverage')?.skipped).toMatch(/^not sent, the target is done: request budget of 3 spent/);
    expect(count).toBe(4);
  }, 60_000);

  it('skips a probe whose request timed out, keeping what it had done, and goes on with the next', async () => {
    const target: Target = {
      ...mock.target,
      send: (request) => (query(request.path).has('offset') ? Promise.reject(new TargetTimeout(1000, 'GET (a page)')) : mock.target.send(request)),
    };
    const result = await run('cbr', target);
    expect(result.outcomes.find((o) => o.probe === 'paging-walk')?.skipped).toBe('no answer within 1000 ms: GET (a page)');
    expect(result.outcomes.find((o) => o.probe === 'negative:no-credentials')?.exchanges[0]?.response.status).toBe(401);
    // The negatives probe times out on its offset case: the cases before it are kept, the rest skipped with the reason.
    // (On the list: CBR's task URL, ShowOpLog, has negatives of its own.)
    const negatives = result.outcomes.filter((o) => o.probe.startsWith('negative') && o.operationId === 'listOpLogs');
    expect(negatives.map((o) => o.probe)).toEqual([
      'negative:no-credentials',
      'negative:wrong-credentials',
      'negative:malformed:project_id',
      'negative:malformed:end_time',
      'negative:out-of-range:limit',
      'negatives',
    ]);
    expect(negatives[negatives.length - 1]?.skipped).toBe('no answer within 1000 ms: GET (a page)');
    expect(failingChecks(result)).toEqual([]);
  }, 60_000);
});
