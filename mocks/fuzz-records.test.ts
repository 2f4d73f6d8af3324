import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeDataManifest } from '../src/fixtures/data-manifest';
import { fakeRecords } from '../src/fixtures/fake-records';
import { createRng } from '../src/runtime/rng';
import { createTestApp, testValidators } from '../src/testing/create-test-app';
import { dialects } from './index';

/**
 * Arbitrary valid data: json-schema-faker walks each vendor's fixture schema, the records are
 * served as a data set, and the default list request must still answer a documented,
 * spec-valid response (the checked client fails the test otherwise). The vendors' own data is
 * realistic; this proves the mock does not depend on it being so.
 */
const validators = testValidators();
const NOW = Date.parse('2021-08-31T08:20:00Z');

/**
 * Where a vendor refuses spec-valid data at start-up on purpose, with the reason. CBR's
 * timestamp pattern cannot rule out impossible dates (`2021-11-31`), which the time filters
 * cannot place, so loading stops naming the record rather than serving a wrong answer.
 */
const REFUSED_AT_START: Readonly<Record<string, RegExp>> = {
  cbr: /^cbr: task .* has (created|started|ended)_at '.*', which is not a real instant$/,
};

describe.each(dialects.map((d) => [d.vendor, d] as const))('%s on json-schema-faker data', (vendor, dialect) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `taskmock-fuzz-${vendor}-`));
  const spec = validators.specs.find((s) => s.vendor === vendor);
  if (!spec) throw new Error(`no spec for ${vendor}`);
  fs.mkdirSync(path.join(dataDir, vendor));
  for (const fixture of Object.values(dialect.fixtures)) {
    const records = fakeRecords(spec, fixture.schema, 40, createRng(11), validators.component(vendor, fixture.schema));
    fs.writeFileSync(path.join(dataDir, vendor, fixture.file), records.map((r) => JSON.stringify(r)).join('\n'));
  }
  writeDataManifest(dataDir, { seed: 11, now: NOW, counts: { [vendor]: 40 } });
  const op = [...validators.operations.values()].find((o) => o.vendor === vendor && o.defaultRequest);

  it('loads them and answers the default request within the spec, or refuses them at start-up as listed', async () => {
    let built: ReturnType<typeof createTestApp>;
    try {
      built = createTestApp({ dialects: [dialect], dataDir });
    } catch (error) {
      const refusal = REFUSED_AT_START[vendor];
      if (!refusal) throw error;
      expect((error as Error).message).toMatch(refusal);
      return;
    }
    const { app, api } = built;
    const server = app.listen(0, '127.0.0.1');
    try {
      await new Promise((resolve) => server.once('listening', resolve));
      const address = server.address();
      const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      const headers = await dialect.demoHeaders(base);
      const res = await api.get(op?.operationId ?? '', op?.defaultRequest ?? '', headers);
      expect(res.status).toBeLessThan(500);
    } finally {
      server.close();
    }
  });
});
