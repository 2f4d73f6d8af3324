import { adminSpecFile } from '../admin/admin-spec';
import { loadSpecs } from './load-specs';
import { runCommand } from './test-support/run-command';

interface CheckResult {
  file: string;
  valid: boolean;
  version: string;
  errors: unknown[];
}

describe('OpenAPI schema validity (@seriousme/openapi-schema-validator)', () => {
  // The five vendor specs and the admin API's own.
  const files = [...loadSpecs().map((s) => s.file), adminSpecFile()];
  const run = runCommand('node', ['scripts/check-openapi.mjs', ...files]);
  const results = JSON.parse(run.stdout || '[]') as CheckResult[];

  it('checked every spec', () => {
    expect(results.map((r) => r.file)).toEqual(files);
  });

  it.each(files)('%s is a valid OpenAPI 3.1 document', (file) => {
    const result = results.find((r) => r.file === file);
    expect(result?.errors).toEqual([]);
    expect(result?.valid).toBe(true);
    expect(result?.version).toBe('3.1');
  });
});
