import { indexOperations } from '../src/spec/index-operations';
import { loadSpecs } from '../src/spec/load-specs';
import type { Operation } from '../src/spec/operation';
import type { Credentials } from './contract-types';
import { defaultParts, MissingParameterValue, urlFor, withoutQuery, withQuery, withQueryString } from './url-for';

const operations = indexOperations(loadSpecs());
const op = (id: string): Operation => operations.find((o) => o.operationId === id) as Operation;
const credentials = (values: Readonly<Record<string, string>>): Credentials => ({
  headersFor: () => Promise.resolve({}),
  wrongHeadersFor: () => undefined,
  parameterValue: (_op, name) => values[name],
  secrets: [],
});

describe('defaultParts', () => {
  it('is the default request with the configured tenant in the path', () => {
    const parts = defaultParts(op('listOpLogs'), credentials({ project_id: 'aaaabbbbccccddddeeeeffff00001111' }));
    expect(urlFor(parts)).toBe('/v3/aaaabbbbccccddddeeeeffff00001111/operation-logs?limit=20');
  });

  it('keeps the default request as written when nothing is configured', () => {
    expect(urlFor(defaultParts(op('listAstraTasks'), credentials({})))).toBe('/accounts/fdaa655c-15ab-4d34-aa61-1e9098e67be0/core/v1/tasks?limit=20');
  });

  it('replaces required query values with configured ones, and leaves optional ones', () => {
    const parts = defaultParts(op('listRootTasks'), credentials({ vsphere_uuid: '11111111-2222-4333-8444-555555555555', page_size: '99' }));
    expect(parts.query).toEqual([
      ['vsphere_uuid', '11111111-2222-4333-8444-555555555555'],
      ['page_num', '0'],
      ['page_size', '10'],
    ]);
  });

  it('builds a request from required parameters for an operation without a default request', () => {
    expect(urlFor(defaultParts(op('listResourceTasks'), credentials({ vsphere_uuid: 'u', reference: 'HostSystem:host-9' })))).toBe(
      '/v1/vsphere/task/resource/list?vsphere_uuid=u&reference=HostSystem%3Ahost-9',
    );
    expect(urlFor(defaultParts(op('createSession'), credentials({})))).toBe('/api/session');
  });

  it('names the parameter no value can be found for', () => {
    const bare: Operation = { ...op('listResourceTasks'), parameters: op('listResourceTasks').parameters.map((p) => ({ ...p, example: undefined })) };
    expect(() => defaultParts(bare, credentials({ vsphere_uuid: 'u' }))).toThrow(new MissingParameterValue('listResourceTasks', 'reference'));
  });
});

describe('editing parts', () => {
  const parts = { path: '/x', query: [['a', '1'], ['b', '2'], ['a', '3']] as const };

  it('percent-encodes names and values, a space as %20', () => {
    expect(urlFor({ path: '/x', query: [['filter', "state eq 'running'"], ['u', 'VSPHERE.LOCAL\\A']] })).toBe("/x?filter=state%20eq%20'running'&u=VSPHERE.LOCAL%5CA");
  });

  it('replaces every pair of a name at the place of the first, or appends it', () => {
    expect(withQuery(parts, 'a', ['9']).query).toEqual([['a', '9'], ['b', '2']]);
    expect(withQuery(parts, 'c', ['x', 'y']).query).toEqual([['a', '1'], ['b', '2'], ['a', '3'], ['c', 'x'], ['c', 'y']]);
    expect(withoutQuery(parts, ['a']).query).toEqual([['b', '2']]);
  });

  it('adds a query string only where its names are not there yet', () => {
    expect(withQueryString(parts, 'count=true&b=7').query).toEqual([['a', '1'], ['b', '2'], ['a', '3'], ['count', 'true']]);
  });
});
