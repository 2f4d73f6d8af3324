import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../package-root';
import { createValidators } from '../validation/create-validators';

interface ManifestEntry {
  file: string;
  operationId: string;
  status: number;
  source: string;
  repaired?: string;
  placeholderViolations?: string[];
}

const root = path.join(packageRoot(), 'fixtures', 'doc-examples');
const vendors = fs.readdirSync(root).filter((name) => fs.statSync(path.join(root, name)).isDirectory());
const validators = createValidators();

const entries = vendors.flatMap((vendor) => {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, vendor, 'manifest.json'), 'utf8')) as ManifestEntry[];
  return manifest.map((entry) => ({ ...entry, vendor, title: `${vendor}/${entry.file}` }));
});

describe('source-document examples (fixtures/doc-examples)', () => {
  it('has examples for all five vendors', () => {
    expect(vendors.sort()).toEqual(['astra', 'cbr', 'snapservice', 'velostrata', 'vsphere']);
  });

  it('lists every JSON file of each vendor folder in its manifest', () => {
    for (const vendor of vendors) {
      const files = fs.readdirSync(path.join(root, vendor)).filter((f) => f.endsWith('.json') && f !== 'manifest.json');
      const listed = entries.filter((e) => e.vendor === vendor).map((e) => e.file);
      expect(files.sort()).toEqual([...listed].sort());
    }
  });

  it.each(entries)('$title is accepted by $operationId $status (or rejected only at its placeholders)', (entry) => {
    const op = validators.operation(entry.operationId);
    expect(op.vendor).toBe(entry.vendor);
    const body: unknown = JSON.parse(fs.readFileSync(path.join(root, entry.vendor, entry.file), 'utf8'));
    const validate = validators.response(entry.operationId, entry.status);
    expect(validate).toBeDefined();
    const pointers = [...new Set((validate?.(body) ?? []).map((issue) => issue.pointer))].sort();
    expect(pointers).toEqual([...(entry.placeholderViolations ?? [])].sort());
  });
});
