import { dialects } from '../mocks';
import { createTestApp } from '../src/testing/create-test-app';
import { responseChecks } from './checks';
import type { ContractResult, Finding } from './contract-types';
import { loadCredentials } from './credentials';
import { driftChecks } from './drift';
import { probes } from './probes';
import { runContract } from './run-contract';
import { urlTarget } from './targets/url-target';
import { startDeviantServer, type Answer, type Deviation } from './test-support/deviant-server';

/**
 * The suite against real HTTP servers that drift from the specs the way real APIs do: each
 * forwards to the honest mock and breaks one thing. Every deviation must be reported by the
 * check that names it, at the place it happened; and together the deviations make every
 * failure check of the suite fire at least once.
 */
const { app, validators } = createTestApp({ dialects });
const credentials = loadCredentials({ validators, env: {} });
const fired = new Set<string>();

async function runAgainst(vendor: string, deviation: Deviation): Promise<ContractResult> {
  const server = await startDeviantServer(app, deviation);
  try {
    const target = urlTarget(server.baseUrl, { budget: 5000, ratePerSecond: 0, timeoutMs: 10_000, name: `deviant ${vendor}` });
    const result = await runContract({ vendor, target, credentials, validators, pageBudget: 20 });
    for (const finding of result.findings) if (finding.severity === 'failure') fired.add(finding.check);
    return result;
  } finally {
    await server.close();
  }
}

const failures = (result: ContractResult, check: string): Finding[] =>
  result.findings.filter((f) => f.severity === 'failure' && f.check === check);
const drift = (result: ContractResult, check: string): Finding[] => result.findings.filter((f) => f.severity === 'drift' && f.check === check);

/** Rewrites the body of 2xx list answers of one path. */
function onList(path: string, edit: (body: Record<string, unknown>, answer: Answer) => unknown): Deviation {
  return {
    response: (answer) =>
      answer.path.startsWith(path) && answer.status < 300 && typeof answer.body === 'object' && answer.body !== null
        ? { ...answer, body: edit(structuredClone(answer.body) as Record<string, unknown>, answer) }
        : answer,
  };
}
const CBR = '/v3/04f1829c788037ac2fb8c01eb2b04b95/operation-logs';
const ASTRA = '/accounts/fdaa655c-15ab-4d34-aa61-1e9098e67be0/core/v1/tasks';
type Log = Record<string, unknown>;
const eachLog = (edit: (log: Log) => void) =>
  onList(CBR, (body) => {
    for (const log of body['operation_logs'] as Log[]) edit(log);
    return body;
  });

describe('the contract suite against a deliberately broken server', () => {
  it('the honest server behind the proxy passes: no failures at all', async () => {
    const result = await runAgainst('cbr', {});
    expect(result.findings.filter((f) => f.severity === 'failure')).toEqual([]);
  });

  it('a renamed required field: missing where the spec needs it, and drift where it went', async () => {
    const result = await runAgainst('cbr', eachLog((log) => {
      log['state'] = log['status'];
      delete log['status'];
    }));
    expect(failures(result, 'body-schema').map((f) => f.pointer)).toContain('/operation_logs/0/status');
    expect(drift(result, 'unknown-field').map((f) => f.pointer)).toContain('/operation_logs/0/state');
  });

  it('a wrong type', async () => {
    const result = await runAgainst('cbr', onList(CBR, (body) => ({ ...body, count: String(body['count']) })));
    const finding = failures(result, 'body-schema').find((f) => f.pointer === '/count');
    expect(finding?.actual).toMatch(/^"\d+"$/);
  });

  it('an enum value the spec does not know: a failure of the strict schema, and drift named as such', async () => {
    const result = await runAgainst('cbr', eachLog((log) => {
      log['status'] = 'queued';
    }));
    expect(failures(result, 'body-schema').map((f) => f.pointer)).toContain('/operation_logs/0/status');
    expect(drift(result, 'unknown-enum').find((f) => f.pointer === '/operation_logs/0/status')?.actual).toContain('queued');
  });

  it('a documented field the server stopped sending is drift: never seen', async () => {
    const result = await runAgainst('cbr', eachLog((log) => {
      delete log['vault_name'];
    }));
    expect(drift(result, 'never-seen').map((f) => f.pointer)).toContain('/operation_logs/*/vault_name');
  });

  it('a missing required header', async () => {
    const result = await runAgainst('cbr', {
      response: ({ headers, ...rest }) => ({ ...rest, headers: Object.fromEntries(Object.entries(headers).filter(([name]) => name !== 'x-request-id')) }),
    });
    expect(failures(result, 'required-headers').map((f) => f.pointer)).toContain('/headers/x-request-id');
  });

  it('a Content-Type the spec does not list', async () => {
    const result = await runAgainst('cbr', { response: (answer) => ({ ...answer, headers: { ...answer.headers, 'content-type': 'text/plain' } }) });
    expect(failures(result, 'content-type')[0]?.actual).toBe('text/plain');
  });

  it('an error in the wrong envelope (not problem details)', async () => {
    const result = await runAgainst('astra', {
      response: (answer) => (answer.status === 401 ? { ...answer, body: { error: 'unauthorized' }, headers: { ...answer.headers, 'content-type': 'application/json' } } : answer),
    });
    expect(failures(result, 'error-envelope').length).toBeGreaterThan(0);
    const missing = failures(result, 'body-schema').map((f) => `${f.pointer} ${f.actual}`);
    expect(missing).toEqual(expect.arrayContaining(['/type (absent)', '/title (absent)', '/detail (absent)']));
  });

  it('an error with a status the operation does not document (403 where 401 is)', async () => {
    const result = await runAgainst('cbr', { response: (answer) => (answer.status === 401 ? { ...answer, status: 403 } : answer) });
    expect(failures(result, 'status-documented').map((f) => f.actual)).toContain('403');
    expect(failures(result, 'negative-error-status').length).toBeGreaterThan(0);
  });

  it('a success where an error is due (credentials not checked)', async () => {
    const result = await runAgainst('cbr', {
      response: (answer) => (answer.status === 401 ? { ...answer, status: 200, body: { operation_logs: [], count: 0, limit: 20, offset: 0 } } : answer),
    });
    expect(failures(result, 'error-envelope').length).toBeGreaterThan(0);
  });

  it('duplicates across pages: each page after the first starts one item early', async () => {
    const result = await runAgainst('cbr', {
      request: (path) => path.replace(/([?&]offset=)(\d+)/, (_m, key: string, n: string) => `${key}${Math.max(0, Number(n) - 1)}`),
    });
    expect(failures(result, 'paging-no-duplicates').length).toBeGreaterThan(0);
  });

  it('a total that disagrees with the items', async () => {
    const result = await runAgainst('cbr', onList(CBR, (body) => ({ ...body, count: Number(body['count']) + 3 })));
    expect([...failures(result, 'paging-no-gaps'), ...failures(result, 'paging-totals-agree')].length).toBeGreaterThan(0);
  });

  it('a total that changes from page to page of one walk', async () => {
    const result = await runAgainst('cbr', onList(CBR, (body, answer) => (/[?&]offset=[1-9]/.test(answer.path) ? { ...body, count: Number(body['count']) + 1 } : body)));
    expect(failures(result, 'paging-totals-agree')[0]?.pointer).toBe('/count');
  });

  it('a continue token that answers a different page when sent again', async () => {
    const seen = new Set<string>();
    const result = await runAgainst('astra', onList(ASTRA, (body, answer) => {
      if (!answer.path.includes('continue=')) return body;
      const again = seen.has(answer.path);
      seen.add(answer.path);
      return again ? { ...body, items: (body['items'] as unknown[]).slice(1) } : body;
    }));
    expect(failures(result, 'continue-replay-stable').length).toBeGreaterThan(0);
  });

  it('an order that changes between two reads of the same page', async () => {
    let reads = 0;
    // Unfiltered pages come back rotated by one more place at each read: no item is lost or
    // repeated across a walk, but two reads of one page disagree on the order.
    const result = await runAgainst('cbr', onList(CBR, (body, answer) => {
      if (!/^[^?]*\?((limit|offset)=\d+&?)*$/.test(answer.path)) return body;
      const logs = body['operation_logs'] as Log[];
      reads += 1;
      const k = logs.length === 0 ? 0 : reads % logs.length;
      return { ...body, operation_logs: [...logs.slice(k), ...logs.slice(0, k)] };
    }));
    expect(failures(result, 'paging-stable-order').length).toBeGreaterThan(0);
  });

  it('a filter the server ignores', async () => {
    const result = await runAgainst('cbr', { request: (path) => path.replace(/([?&])operation_type=[^&]*&?/, '$1') });
    const ignored = [...failures(result, 'filter-matches'), ...failures(result, 'filter-exact')];
    expect(ignored.some((f) => f.request.includes('operation_type='))).toBe(true);
  });

  it('a filter that returns tasks the unfiltered list never had', async () => {
    const result = await runAgainst('cbr', onList(CBR, (body, answer) => {
      if (!answer.path.includes('status=')) return body;
      const logs = body['operation_logs'] as Log[];
      return { ...body, operation_logs: logs.map((log, i) => (i === 0 ? { ...log, id: '00000000-0000-4000-8000-000000000000' } : log)) };
    }));
    expect(failures(result, 'filter-subset').length).toBeGreaterThan(0);
  });

  it('an include projection the server ignores, and continue tokens it ignores', async () => {
    const result = await runAgainst('astra', {
      request: (path) => (path.startsWith(ASTRA) ? path.replace(/([?&])(include|continue)=[^&]*&?/g, '$1') : path),
    });
    expect(failures(result, 'projection-values').length).toBeGreaterThan(0);
    expect(failures(result, 'continue-resumes').length).toBeGreaterThan(0);
  });

  it('a default request that fails outright', async () => {
    const result = await runAgainst('velostrata', { response: (answer) => (answer.status === 200 ? { ...answer, status: 500, body: { message: 'boom' } } : answer) });
    expect(failures(result, 'default-request-ok').length).toBeGreaterThan(0);
  });

  it('together, the deviations make every failure check of the suite fire', () => {
    const names = new Set([...responseChecks, ...driftChecks].map((c) => c.name));
    for (const probe of probes) for (const check of probe.invariants) names.add(check);
    const driftOnly = new Set(driftChecks.map((c) => c.name).concat('never-seen'));
    // Arming faults through /__admin is for taskmock targets only; the mock's own run shows it.
    const needsTaskmock = new Set(['coverage-fault-status']);
    const expected = [...names].filter((n) => !driftOnly.has(n) && !needsTaskmock.has(n)).sort();
    expect({ notFired: expected.filter((n) => !fired.has(n)) }).toEqual({ notFired: [] });
  });
});
