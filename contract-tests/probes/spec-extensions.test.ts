import { indexOperations } from '../../src/spec/index-operations';
import { loadSpecs, type SpecDocument } from '../../src/spec/load-specs';
import type { Operation } from '../../src/spec/operation';
import { SpecExtensionError } from './extension-error';
import { fieldValues } from './filter-cases';
import { readPointer } from './json-pointer';
import { pagingOf } from './paging-extension';
import { filtersOf, projectionOf } from './param-extensions';

// The specs are read, not compiled: these tests judge the extensions' shape and pointers only.
const specs = loadSpecs();
const operations = indexOperations(specs);
const op = (id: string): Operation => operations.find((o) => o.operationId === id) as Operation;

/** Every documented 2xx example body of the operation. */
const successExamples = (operation: Operation): unknown[] =>
  operation.responses.filter((r) => r.status.startsWith('2')).flatMap((r) => Object.values(r.content).flatMap((m) => Object.values(m.examples)));

describe('x-taskmock-paging in the specs', () => {
  it('is declared by every list GET, with the style its description gives, and by no login POST', () => {
    const styles = Object.fromEntries(operations.map((o) => [o.operationId, pagingOf(o, specs)?.style ?? 'no paging']));
    expect(styles).toEqual({
      listRootRecentTasks: 'page',
      listRootTasks: 'page',
      listResourceTasks: 'page',
      getActiveTasks: 'none',
      getTask: 'no paging',
      cancelTask: 'no paging',
      listSnapserviceTasks: 'none',
      getSnapserviceTask: 'no paging',
      createSession: 'no paging',
      createSnapserviceSession: 'no paging',
      listAstraTasks: 'cursor',
      listOpLogs: 'offset',
      // A task's own URL (issue 14) answers one task: nothing to page.
      showOpLog: 'no paging',
    });
    // root_recent answers a bare array without a total: nothing to compare a walk with.
    expect(pagingOf(op('listRootRecentTasks'), specs)?.total).toBeUndefined();
    expect(pagingOf(op('listRootTasks'), specs)?.total).toBe('/data/total_count');
  });

  // A task's own URL (`.../tasks/{taskId}`) ends in its id and is not a list.
  it.each(operations.filter((o) => o.method === 'get' && !o.path.endsWith('}')).map((o) => [o.operationId, o] as const))(
    '%s: items, id and total point where the documented success examples hold them',
    (_id, operation) => {
      const paging = pagingOf(operation, specs);
      if (!paging) throw new Error('no paging');
      const lists = successExamples(operation).filter((body) => Array.isArray(readPointer(body, paging.items)));
      expect(lists.length).toBeGreaterThan(0);
      // Astra's include example holds value arrays, not tasks: ids are read from task objects only.
      const items = lists.flatMap((body) => readPointer(body, paging.items) as unknown[]).filter((item) => !Array.isArray(item));
      expect(items.length).toBeGreaterThan(0);
      expect(items.filter((item) => readPointer(item, paging.id) === undefined)).toEqual([]);
      if (paging.total !== undefined) expect(lists.some((body) => typeof readPointer(body, paging.total ?? '') === 'number')).toBe(true);
    },
  );

  it('refuses a malformed extension with the spec and operation named', () => {
    const broken = (edit: (raw: Record<string, unknown>) => void): void => {
      const copy: SpecDocument[] = specs.map((s) => ({ ...s, doc: structuredClone(s.doc) }));
      const cbr = copy.find((s) => s.vendor === 'cbr');
      edit(cbr?.doc.paths?.['/v3/{project_id}/operation-logs']?.get as unknown as Record<string, unknown>);
      const opCopy = indexOperations(copy).find((o) => o.operationId === 'listOpLogs') as Operation;
      expect(() => pagingOf(opCopy, copy)).toThrow(SpecExtensionError);
    };
    const paging = (raw: Record<string, unknown>) => raw['x-taskmock-paging'] as Record<string, unknown>;
    broken((raw) => (paging(raw)['style'] = 'pages'));
    broken((raw) => delete paging(raw)['offsetParam']);
    broken((raw) => (paging(raw)['limitParam'] = 'size'));
    broken((raw) => (paging(raw)['items'] = 'operation_logs'));
    broken((raw) => (paging(raw)['pageSize'] = 0));
    const copy: SpecDocument[] = specs.map((s) => ({ ...s, doc: structuredClone(s.doc) }));
    (copy.find((s) => s.vendor === 'cbr')?.doc.paths?.['/v3/{project_id}/operation-logs']?.get as unknown as Record<string, unknown>)['x-taskmock-paging'] = { style: 'pages' };
    expect(() => pagingOf(indexOperations(copy).find((o) => o.operationId === 'listOpLogs') as Operation, copy)).toThrow(
      'specs/cbr.yaml listOpLogs x-taskmock-paging: style must be one of offset, page, cursor, none',
    );
  });
});

describe('x-taskmock-filter and x-taskmock-projection in the specs', () => {
  it('marks each filter parameter the operations describe, and nothing else', () => {
    const filtered = Object.fromEntries(operations.map((o) => [o.operationId, filtersOf(o).map((f) => `${f.param.name}:${f.match}`)]));
    expect(filtered).toEqual({
      listRootRecentTasks: ['filter_name:contains', 'reference:narrows'],
      listRootTasks: ['filter_name:contains'],
      listResourceTasks: ['filter_name:contains'],
      getActiveTasks: [],
      getTask: [],
      cancelTask: [],
      listSnapserviceTasks: ['tasks:one-of', 'operations:one-of', 'services:one-of', 'status:one-of', 'users:one-of'],
      getSnapserviceTask: [],
      createSession: [],
      createSnapserviceSession: [],
      listAstraTasks: ['filter:expression'],
      listOpLogs: [
        'end_time:not-after',
        'enterprise_project_id:narrows',
        'operation_type:equals',
        'provider_id:equals',
        'resource_id:equals',
        'resource_name:equals',
        'start_time:not-before',
        'status:equals',
        'vault_id:equals',
        'vault_name:equals',
      ],
      showOpLog: [],
    });
    expect(operations.map((o) => projectionOf(o)?.param.name).filter(Boolean)).toEqual(['include']);
  });

  it.each(operations.flatMap((o) => filtersOf(o).filter((f) => f.match !== 'narrows').map((f) => [o.operationId, f.param.name, o, f] as const)))(
    '%s %s: every field it matches on holds a value in some documented success item',
    (_id, _name, operation, filter) => {
      const paging = pagingOf(operation, specs);
      const items = successExamples(operation).flatMap((body) => {
        const list = readPointer(body, paging?.items ?? '');
        return Array.isArray(list) ? list.filter((item) => !Array.isArray(item)) : [];
      });
      for (const field of filter.fields) expect({ field, seen: items.some((item) => fieldValues(item, [field]).length > 0) }).toEqual({ field, seen: true });
    },
  );
});
