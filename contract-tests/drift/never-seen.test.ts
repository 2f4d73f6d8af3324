import { createValidators } from '../../src/validation/create-validators';
import type { Exchange } from '../contract-types';
import { contextFor, docExample, makeExchange, specExample } from '../checks/test-support/exchanges';
import { neverSeen } from './never-seen';

const validators = createValidators();
const ctxFor = (operationId: string) => contextFor(validators, operationId);
type Task = Record<string, unknown>;
type Page = { data: { list: Task[] } };

/** Every 2xx success example of vSphere root/list, as the answers of one run. */
const rootPages = (): Page[] =>
  ['firstPage', 'secondPage', 'filtered'].map((name) => specExample(validators, 'listRootTasks', '200', name) as Page);
const asExchanges = (bodies: unknown[], operationId = 'listRootTasks', status = 200): Exchange[] =>
  bodies.map((body) => makeExchange(validators, { operationId, status, body }));
const pointers = (exchanges: Exchange[]) => neverSeen(exchanges, ctxFor).map((f) => f.pointer);

describe('never-seen (drift over a run)', () => {
  it('reports a documented field that no answer carried, as a pattern with * for array items', () => {
    const baseline = pointers(asExchanges(rootPages()));
    const pages = rootPages();
    for (const page of pages) for (const task of page.data.list) delete task.detail;
    const findings = neverSeen(asExchanges(pages), ctxFor);
    expect(findings.map((f) => f.pointer).filter((p) => !baseline.includes(p))).toEqual(['/data/list/*/detail']);
    expect(findings.find((f) => f.pointer === '/data/list/*/detail')).toEqual(
      expect.objectContaining({
        vendor: 'vsphere',
        operationId: 'listRootTasks',
        check: 'never-seen',
        severity: 'drift',
        actual: 'absent from all 3 2xx bodies',
        request: 'GET /v1/vsphere/task/root/list',
      }),
    );
  });

  it('does not report a field one answer carried, even if the others did not', () => {
    const pages = rootPages();
    for (const page of pages.slice(1)) for (const task of page.data.list) delete task.detail;
    expect(pointers(asExchanges(pages))).not.toContain('/data/list/*/detail');
  });

  it('reports only the shallowest unseen place, not everything inside it', () => {
    const pages = rootPages();
    for (const page of pages) for (const task of page.data.list) delete task.task;
    const found = pointers(asExchanges(pages));
    expect(found).toContain('/data/list/*/task');
    expect(found.filter((p) => p.startsWith('/data/list/*/task/'))).toEqual([]);
  });

  it('names the source document fields CBR never showed (the seed body has no vault_id)', () => {
    const seed = docExample('cbr', 'listOpLogs.200.seed.json') as { operation_logs: Task[] };
    expect(seed.operation_logs.some((log) => 'vault_id' in log)).toBe(false);
    const found = pointers(asExchanges([seed], 'listOpLogs'));
    expect(found).toContain('/operation_logs/*/vault_id');
    expect(found).not.toContain('/operation_logs/*/id');
    expect(found).not.toContain('/count');
  });

  it('does not expect a deprecated field (Velostrata v2.5 `type`), but does expect its successor', () => {
    const page = specExample(validators, 'getActiveTasks', '200', 'activeTasks') as { content: Task[] };
    for (const task of page.content) {
      delete task.type;
      delete task.taskType;
    }
    const found = pointers(asExchanges([page], 'getActiveTasks'));
    expect(found).toContain('/content/*/taskType');
    expect(found).not.toContain('/content/*/type');
  });

  it('does not ask for a member marked x-taskmock-not-expected, nor anything inside it (vSphere stack, null in every success)', () => {
    const bodies = rootPages();
    expect(bodies.every((page) => (page as { stack?: unknown }).stack === null)).toBe(true);
    expect(pointers(asExchanges(bodies)).filter((p) => p.startsWith('/stack'))).toEqual([]);
  });

  it('uses * for map keys too (vAPI message params), and matches any key there', () => {
    const body = specExample(validators, 'listSnapserviceTasks', '200', 'failedProtectionGroupTasks') as { items: { info: { description: { params?: Record<string, object> } } }[] };
    // The example's description params hold string values only (`{name: {s: ...}}`).
    const params = body.items.flatMap((item) => Object.values(item.info.description.params ?? {}));
    expect(params.length).toBeGreaterThan(0);
    expect(params.every((param) => Object.keys(param).join() === 's')).toBe(true);
    const found = pointers(asExchanges([body], 'listSnapserviceTasks'));
    expect(found).toContain('/items/*/info/description/params/*/dt');
    expect(found).not.toContain('/items/*/info/description/params/*/s');
    expect(found).not.toContain('/items/*/info/description/params');
  });

  it('ignores error answers and leaves out operations without any 2xx body', () => {
    const errors = asExchanges([specExample(validators, 'listOpLogs', '400', 'badLimit')], 'listOpLogs', 400);
    expect(neverSeen(errors, ctxFor)).toEqual([]);
  });

  it('survives recursive schemas (a vSphere fault whose cause is a fault)', () => {
    const body = specExample(validators, 'listRootRecentTasks', '200', 'recentTasks');
    const found = pointers(asExchanges([body], 'listRootRecentTasks'));
    // Every fault in the example has FaultMessage null: its items are documented and never seen; the walk ends.
    expect(JSON.stringify(body)).toContain('"FaultMessage":null');
    expect(JSON.stringify(body)).not.toContain('"FaultMessage":[');
    expect(found).toContain('/data/*/task/Error/Fault/FaultMessage/*');
  });
});
