import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { VendorSettings } from '../../../src/dialect';
import { createTestApp } from '../../../src/testing/create-test-app';
import { cbrDialect } from '../index';
import type { OperationLog } from '../operation-log';
import { DEMO_PROJECT_ID, DEMO_TOKEN } from '../vocabulary';

export const AUTH = { 'X-Auth-Token': DEMO_TOKEN };
export const LIST = `/v3/${DEMO_PROJECT_ID}/operation-logs`;

export interface ListBody {
  readonly operation_logs: OperationLog[];
  readonly count: number;
  readonly limit: number;
  readonly offset: number;
}

/** An in-process app serving only CBR, on the committed data set unless `dataDir` is given. */
export function cbrTestApp(options: { settings?: VendorSettings; dataDir?: string; now?: number } = {}) {
  return createTestApp({
    dialects: [cbrDialect],
    dataDir: options.dataDir,
    now: options.now,
    settings: options.settings ? { cbr: options.settings } : undefined,
  });
}

/** A throwaway data set holding just these CBR records. */
export function writeDataSet(records: readonly OperationLog[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'taskmock-cbr-'));
  fs.mkdirSync(path.join(dir, 'cbr'));
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ seed: 1, now: '2021-08-31T08:20:00.000Z', counts: {} }));
  fs.writeFileSync(path.join(dir, 'cbr', 'operation-logs.ndjson'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return dir;
}

/** Every task of the committed data set, read straight from the file (independent of the mock). */
export function committedTasks(): OperationLog[] {
  const file = path.join(__dirname, '..', '..', '..', 'fixtures', 'cbr', 'operation-logs.ndjson');
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as OperationLog);
}

/** Epoch ms of a CBR timestamp, computed differently from the mock: a time without offset is UTC. */
export function epochOf(text: string): number {
  return Date.parse(/(Z|[+-]\d{2}:?\d{2})$/.test(text) ? text : `${text}Z`);
}

/** A minimal valid task for hand-made data sets. */
export function task(overrides: Partial<OperationLog> & { id: string; created_at: string }): OperationLog {
  return {
    project_id: DEMO_PROJECT_ID,
    operation_type: 'backup',
    status: 'success',
    started_at: overrides.created_at,
    updated_at: overrides.created_at,
    error_info: { code: '', message: '' },
    ...overrides,
  };
}
