import fs from 'node:fs';
import path from 'node:path';
import { createRng } from '../../../src/runtime/rng';
import { testValidators } from '../../../src/testing/create-test-app';
import { epochOf } from '../test-support/cbr-test-app';
import { OTHER_PROJECT_ID } from './fleet';
import { generate, SEED_EXAMPLE_FILE } from './generate';
import type { OperationLog } from '../operation-log';
import { DEMO_PROJECT_ID, OPERATION_TYPES, TASK_STATUSES } from '../vocabulary';

const NOW = Date.parse('2021-08-31T08:20:00.000Z');
const docExample = (file: string): unknown =>
  JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'fixtures', 'doc-examples', 'cbr', file), 'utf8'));
const make = (seed: number, count: number): OperationLog[] => [...generate({ rng: createRng(seed), count, now: NOW, docExample }).operationLogs];
const tasks = make(1, 2000);
const generated = tasks.slice(0, -1);

/** Which extra_info member each type carries (specs/cbr.yaml OpExtraInfo). */
const MEMBER: Record<string, string | undefined> = {
  backup: 'backup', copy: 'replication', replication: 'replication', delete: 'delete', restore: 'restore',
  sync: 'sync', remove_resource: 'remove_resources', vault_delete: 'vault_delete', migrate_resources: undefined,
};

describe('generate (CBR)', () => {
  it('is deterministic: the same seed gives the same tasks, another seed others', () => {
    expect(make(1, 50)).toEqual(make(1, 50));
    expect(make(2, 50)).not.toEqual(make(1, 50));
  });

  it('makes count tasks plus the seed document example, verbatim, each valid against the spec', () => {
    expect(tasks).toHaveLength(2001);
    const seed = (docExample(SEED_EXAMPLE_FILE) as { operation_logs: OperationLog[] }).operation_logs[0];
    expect(tasks).toContainEqual(seed);
    const validate = testValidators().component('cbr', 'OperationLog');
    for (const t of tasks) expect(validate(t)).toEqual([]);
  });

  it('shows both resource extra_info variants: excluded volumes and included volumes with their OS', () => {
    const resources = generated.flatMap((t) => [t.extra_info?.resource, ...(t.extra_info?.remove_resources?.resources ?? [])]);
    expect(resources.some((r) => (r?.extra_info?.exclude_volumes?.length ?? 0) > 0)).toBe(true);
    const included = resources.flatMap((r) => r?.extra_info?.include_volumes ?? []);
    expect(included.length).toBeGreaterThan(0);
    for (const volume of included) expect(volume).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), os_version: expect.any(String) });
    expect(generated.some((t) => (t.extra_info?.remove_resources?.resources ?? []).some((r) => r.extra_info?.include_volumes))).toBe(true);
  });

  it('gives unique ids and every type and status', () => {
    expect(new Set(tasks.map((t) => t.id)).size).toBe(tasks.length);
    expect(new Set(generated.map((t) => t.operation_type))).toEqual(new Set(OPERATION_TYPES));
    expect(new Set(generated.map((t) => t.status))).toEqual(new Set(TASK_STATUSES));
  });

  it('puts every time before now; only waiting and running tasks lack an end, and they are recent', () => {
    for (const t of generated) {
      for (const field of ['created_at', 'started_at', 'updated_at'] as const) expect(epochOf(t[field])).toBeLessThan(NOW);
      const open = t.status === 'running' || t.status === 'waiting';
      expect(t.ended_at == null).toBe(open);
      if (t.ended_at) expect(epochOf(t.ended_at)).toBeGreaterThanOrEqual(epochOf(t.started_at));
      if (open) expect(NOW - epochOf(t.created_at)).toBeLessThan(2 * 3600_000);
    }
  });

  it('mixes the three genuine timestamp forms', () => {
    const forms = new Set(generated.map((t) => (t.created_at.endsWith('Z') ? 'zulu' : t.created_at.endsWith('+00:00') ? 'offset' : 'naive')));
    expect(forms).toEqual(new Set(['zulu', 'offset', 'naive']));
  });

  it("gives each type its own extra_info member, and error_info a CBR code exactly when the task failed or was skipped", () => {
    for (const t of generated) {
      const member = MEMBER[t.operation_type as string];
      const open = t.status === 'skipped' || t.status === 'waiting';
      if (member && !(t.operation_type === 'backup' && open)) expect(t.extra_info).toHaveProperty(member);
      const failed = t.status === 'failed' || t.status === 'skipped';
      if (failed) expect(t.error_info.code).toMatch(/^BackupService\.\d{4}$/);
      else expect(t.error_info).toEqual({ code: '', message: '' });
    }
  });

  it('puts most tasks in the demo project and a few in a second one', () => {
    const other = generated.filter((t) => t.project_id === OTHER_PROJECT_ID).length;
    expect(generated.filter((t) => t.project_id === DEMO_PROJECT_ID).length + other).toBe(generated.length);
    expect(other).toBeGreaterThan(0);
    expect(other / generated.length).toBeLessThan(0.15);
  });

  it('writes incremental as the strings "true"/"false" on backups that ran', () => {
    const values = new Set(generated.flatMap((t) => (t.extra_info?.backup?.['incremental'] === undefined ? [] : [t.extra_info.backup['incremental']])));
    expect(values).toEqual(new Set(['true', 'false']));
  });
});
