import type { ContractResult, Exchange, Finding } from '../../contract-types';

export const SECRET = 'sekrit-token-123';
export const BASIC_SECRET = 'ops:pw-secret';

const finding = (over: Partial<Finding>): Finding => ({
  vendor: 'astra',
  operationId: 'listAstraTasks',
  check: 'body-schema',
  severity: 'failure',
  pointer: '/items/0/state',
  expected: 'one of ["pending","running","completed","failed"]',
  actual: '"done"',
  message: 'must be equal to one of the allowed values',
  request: 'GET /accounts/fdaa655c-15ab-4d34-aa61-1e9098e67be0/core/v1/tasks?limit=20',
  ...over,
});

const exchange = (path: string, status: number, operationId = 'listAstraTasks', headers: Record<string, string> = {}): Exchange => ({
  operationId,
  probe: 'default-request',
  request: { method: 'GET', path, headers },
  response: { status, headers: { 'content-type': 'application/json' }, text: '{}', body: {}, ms: 1 },
});

const ASTRA = '/accounts/fdaa655c-15ab-4d34-aa61-1e9098e67be0/core/v1/tasks';

/**
 * Two hand-built vendor results: astra with a failing check (two findings, one holding XML
 * markup, a control character and a secret), a drift-only check, a skipped check, a finding
 * whose check has no CheckRun and a probe skipped without one; cbr all passing.
 */
export function sampleResults(): ContractResult[] {
  return [
    {
      vendor: 'astra',
      target: 'https://astra.example',
      outcomes: [
        { probe: 'default-request', operationId: 'listAstraTasks', findings: [], exchanges: [exchange(`${ASTRA}?limit=20`, 200, 'listAstraTasks', { Authorization: `Bearer ${SECRET}` })] },
        { probe: 'include', operationId: 'listAstraTasks', findings: [], exchanges: [exchange(`${ASTRA}?include=id,state&limit=5`, 200)] },
        { probe: 'negative:no-credentials', operationId: 'listAstraTasks', findings: [], exchanges: [{ ...exchange(ASTRA, 401), expectError: true }] },
        { probe: 'filter:state', operationId: 'listAstraTasks', findings: [], exchanges: [], skipped: 'no state value seen in earlier responses' },
      ],
      findings: [
        finding({}),
        finding({ pointer: '/items/3/state', actual: '"<paused> & \'x\' \u0001"', message: `token ${SECRET} leaked into a message` }),
        finding({ check: 'unknown-field', severity: 'drift', pointer: '/items/0/owner', expected: 'a field the spec documents', actual: 'owner', message: 'field not in the spec' }),
        finding({ check: 'orphan-check', pointer: '', expected: 'x', actual: 'y', message: `Basic ${Buffer.from(BASIC_SECRET).toString('base64')} was echoed` }),
      ],
      checkRuns: [
        { operationId: 'listAstraTasks', check: 'status-documented', runs: 3 },
        { operationId: 'listAstraTasks', check: 'body-schema', runs: 3 },
        { operationId: 'listAstraTasks', check: 'unknown-field', runs: 3 },
        { operationId: 'listAstraTasks', check: 'paging-walk', runs: 0, skipped: 'the target invents each answer (stateless): no paging walk' },
      ],
    },
    {
      vendor: 'cbr',
      target: 'https://cbr.example',
      outcomes: [
        { probe: 'default-request', operationId: 'listOpLogs', findings: [], exchanges: [exchange('/v3/04f1829c788037ac2fb8c01eb2b04b95/operation-logs?limit=20', 200, 'listOpLogs')] },
      ],
      findings: [],
      checkRuns: [
        { operationId: 'listOpLogs', check: 'status-documented', runs: 1 },
        { operationId: 'listOpLogs', check: 'body-schema', runs: 1 },
      ],
    },
  ];
}
