import fs from 'node:fs';
import path from 'node:path';
import { dialects } from '../../mocks';
import { writeDataManifest } from '../fixtures/data-manifest';
import { packageRoot } from '../package-root';
import { createRng } from '../runtime/rng';
import { parseOptions, selectVendors, toInteger } from './parse-options';

/** The simulated "now" of the committed data set: just after the vSphere document's newest example. */
export const DEFAULT_NOW = '2021-08-31T08:20:00.000Z';

/**
 * `taskmock fixtures --seed N --count N --out DIR [--api KEYS] [--now ISO]`: writes a data set
 * (one NDJSON file per fixture, `manifest.json`) from each vendor's seeded generator. Each vendor
 * draws from its own stream (seed + vendor key), so one vendor's count never shifts another's data.
 */
export function runFixturesCommand(args: string[]): number {
  const { values } = parseOptions(args, {
    seed: { type: 'string' },
    count: { type: 'string' },
    out: { type: 'string' },
    api: { type: 'string' },
    now: { type: 'string' },
  });
  const seed = toInteger('seed', values.seed, 1);
  const out = path.resolve(values.out ?? 'fixtures');
  const now = Date.parse(values.now ?? DEFAULT_NOW);
  if (Number.isNaN(now)) throw new Error(`--now must be an ISO date-time, got '${values.now}'`);
  const docRoot = path.join(packageRoot(), 'fixtures', 'doc-examples');
  const counts: Record<string, number> = {};
  for (const dialect of selectVendors(dialects, values.api)) {
    const count = toInteger('count', values.count, dialect.defaultCount, 1);
    const rng = createRng(seed ^ hashKey(dialect.vendor));
    const docExample = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(docRoot, dialect.vendor, file), 'utf8'));
    const data = dialect.generate({ rng, count, now, docExample });
    fs.mkdirSync(path.join(out, dialect.vendor), { recursive: true });
    for (const [name, records] of Object.entries(data)) {
      const fixture = dialect.fixtures[name];
      if (!fixture) throw new Error(`${dialect.vendor}: generate() returned '${name}', which is not one of its fixtures`);
      const written = writeNdjson(path.join(out, dialect.vendor, fixture.file), records);
      counts[dialect.vendor] = (counts[dialect.vendor] ?? 0) + written;
      console.log(`${dialect.vendor}: ${written} records → ${path.join(out, dialect.vendor, fixture.file)}`);
    }
  }
  const previous = readCounts(out);
  writeDataManifest(out, { seed, now, counts: { ...previous, ...counts } });
  return 0;
}

/** Streams records to disk in chunks: a million records never sit in one string. */
function writeNdjson(file: string, records: Iterable<unknown>): number {
  const fd = fs.openSync(file, 'w');
  let chunk: string[] = [];
  let count = 0;
  try {
    for (const record of records) {
      chunk.push(JSON.stringify(record));
      count += 1;
      if (chunk.length === 5000) {
        fs.writeSync(fd, `${chunk.join('\n')}\n`);
        chunk = [];
      }
    }
    if (chunk.length > 0) fs.writeSync(fd, `${chunk.join('\n')}\n`);
  } finally {
    fs.closeSync(fd);
  }
  return count;
}

function readCounts(dir: string): Record<string, number> {
  const file = path.join(dir, 'manifest.json');
  if (!fs.existsSync(file)) return {};
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { counts?: Record<string, number> }).counts ?? {};
}

function hashKey(key: string): number {
  let h = 2166136261;
  for (let i = 0; i < key.length; i += 1) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return h >>> 0;
}
