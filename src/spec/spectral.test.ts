import path from 'node:path';
import { adminSpecFile } from '../admin/admin-spec';
import { loadSpecs } from './load-specs';
import { runCommand } from './test-support/run-command';

interface SpectralFinding {
  code: string;
  message: string;
  severity: number;
  source?: string;
  path: string[];
}

const SEVERITY = ['error', 'warning', 'info', 'hint'];

describe('Spectral (spectral:oas with the project ruleset .spectral.yaml)', () => {
  // The five vendor specs and the admin API's own.
  const files = [...loadSpecs().map((s) => s.file), adminSpecFile()];
  const run = runCommand('spectral', ['lint', ...files, '-r', '.spectral.yaml', '-f', 'json', '--quiet'], 180_000);
  const findings = JSON.parse(run.stdout.trim() || '[]') as SpectralFinding[];

  it.each(files)('%s has no Spectral errors or warnings', (file) => {
    const mine = findings
      .filter((f) => f.source && path.resolve(f.source) === file && f.severity <= 1)
      .map((f) => `${SEVERITY[f.severity]} ${f.code} at ${f.path.join('.')}: ${f.message}`);
    expect(mine).toEqual([]);
  });

  it('ran on every file without crashing', () => {
    expect(run.stderr).not.toMatch(/Error running Spectral|Cannot find/i);
  });
});
