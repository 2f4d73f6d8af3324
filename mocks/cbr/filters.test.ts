import { readCriteria } from './filters';

describe('readCriteria', () => {
  it('reads the validated query into criteria, times as epoch ms', () => {
    expect(readCriteria({ operation_type: 'backup', vault_name: 'x', start_time: '2021-01-01T00:00:00Z', limit: 5 })).toEqual({
      operationType: 'backup',
      vaultName: 'x',
      startTime: Date.UTC(2021, 0, 1),
      status: undefined,
      endTime: undefined,
      providerId: undefined,
      vaultId: undefined,
      resourceId: undefined,
      resourceName: undefined,
      enterpriseProjectId: undefined,
    });
  });

  it('rejects a date that does not exist as an invalid_parameter of that name', () => {
    expect(() => readCriteria({ end_time: '2021-02-29T00:00:00Z' })).toThrow(expect.objectContaining({ kind: 'invalid_parameter', details: { param: 'end_time' } }));
  });
});
