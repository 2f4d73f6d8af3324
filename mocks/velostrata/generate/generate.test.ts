import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../../src/package-root';
import { createRng } from '../../../src/runtime/rng';
import { testValidators } from '../../../src/testing/create-test-app';
import { isActive } from '../filters';
import { generate, SEED_EXAMPLE_FILE } from './generate';
import type { TaskDescription } from '../task-description';

const NOW = Date.parse('2021-08-31T08:20:00.000Z');
const docDir = path.join(packageRoot(), 'fixtures', 'doc-examples', 'velostrata');
const docExample = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(docDir, file), 'utf8'));
const seedRecord = (docExample(SEED_EXAMPLE_FILE) as { content: TaskDescription[] }).content[0] as TaskDescription;

function tasksFor(seed: number, count: number): TaskDescription[] {
  return Array.from(generate({ rng: createRng(seed), count, now: NOW, docExample }).tasks);
}

describe('generate', () => {
  const tasks = tasksFor(7, 200);
  const generated = tasks.slice(1);
  const byId = new Map(generated.map((t) => [t.id?.value, t]));
  const ms = (time: string | undefined): number => Date.parse(time ?? '');

  it('is deterministic from the rng', () => {
    expect(JSON.stringify(tasksFor(7, 200))).toBe(JSON.stringify(tasks));
    expect(JSON.stringify(tasksFor(8, 200))).not.toBe(JSON.stringify(tasks));
  });

  it('makes count tasks plus the seed example record, verbatim and first', () => {
    expect(tasks).toHaveLength(201);
    expect(JSON.stringify(tasks[0])).toBe(JSON.stringify(seedRecord));
  });

  it.each([1, 5, 6, 17])('makes exactly %p tasks for a small count', (count) => {
    expect(tasksFor(3, count)).toHaveLength(count + 1);
  });

  it('makes records the spec TaskDescription schema accepts', () => {
    const validate = testValidators().component('velostrata', 'TaskDescription');
    for (const task of tasks) expect(validate(task)).toEqual([]);
  });

  it('covers every state and many task types', () => {
    expect(new Set(generated.map((t) => t.state))).toEqual(new Set(['Running', 'Failing', 'Cancelling', 'Succeeded', 'Failed', 'Cancelled']));
    expect(new Set(generated.map((t) => t.taskType)).size).toBeGreaterThanOrEqual(10);
  });

  it('numbers tasks t-1.. in start order', () => {
    expect(generated.map((t) => t.id?.value)).toEqual(generated.map((_, i) => `t-${i + 1}`));
    for (let i = 1; i < generated.length; i += 1) expect(ms(generated[i]?.startTime)).toBeGreaterThanOrEqual(ms(generated[i - 1]?.startTime));
  });

  it('keeps every time before now: active tasks started recently and have no end', () => {
    for (const t of generated) {
      expect(ms(t.startTime)).toBeLessThan(NOW);
      if (isActive(t)) {
        expect(t.endTime).toBeUndefined();
        expect(NOW - ms(t.startTime)).toBeLessThan(24 * 3600 * 1000);
      } else {
        expect(ms(t.endTime)).toBeGreaterThanOrEqual(ms(t.startTime));
        expect(ms(t.endTime)).toBeLessThan(NOW);
      }
    }
  });

  it('links full migrations and their sub tasks both ways, with the same VM and user', () => {
    const parents = generated.filter((t) => (t.subTasks ?? []).length > 0);
    expect(parents.length).toBeGreaterThan(0);
    for (const parent of parents) {
      expect(parent.taskType).toBe('FullMigration');
      for (const ref of parent.subTasks ?? []) {
        const sub = byId.get(ref.value);
        expect(sub?.parentTaskId).toEqual(parent.id);
        expect(sub?.entity).toEqual(parent.entity);
        expect(sub?.username).toBe(parent.username);
        expect(ms(sub?.startTime)).toBeGreaterThan(ms(parent.startTime));
        if (parent.endTime) expect(ms(sub?.endTime)).toBeLessThanOrEqual(ms(parent.endTime));
      }
    }
    for (const sub of generated.filter((t) => t.parentTaskId)) {
      expect(byId.get(sub.parentTaskId?.value)?.subTasks).toContainEqual(sub.id);
    }
  });

  it('gives a failing or failed task its error texts, and no other task any', () => {
    for (const t of generated) {
      const failed = t.state === 'Failed' || t.state === 'Failing';
      expect(t.errorMessage !== undefined && t.errorMessage.length > 0).toBe(failed);
      expect(t.errorDetails !== undefined && t.errorDetails.length > 0).toBe(failed);
    }
  });

  it('reports progress: 100 when succeeded, below when not', () => {
    for (const t of generated) {
      if (t.state === 'Succeeded') expect(t.progress).toBe(100);
      else expect(t.progress).toBeLessThan(100);
      expect(t.progressMessage?.length).toBeGreaterThan(0);
    }
  });

  it('counts migrated bytes on storage migrations', () => {
    const migrations = generated.filter((t) => t.taskType === 'MigrateToCloud');
    expect(migrations.length).toBeGreaterThan(0);
    for (const t of migrations) {
      const info = t.additionalInfo as { MigrationProgressByteCount: number; MigrationTotalByteCount: number };
      expect(info.MigrationProgressByteCount).toBeLessThanOrEqual(info.MigrationTotalByteCount);
      if (t.state === 'Succeeded') expect(info.MigrationProgressByteCount).toBe(info.MigrationTotalByteCount);
    }
  });

  it('gives vCenter task ids to top-level tasks started from vCenter only, all distinct', () => {
    const withVcenterTask = generated.filter((t) => t.onPremisesTaskId !== undefined);
    expect(withVcenterTask.length).toBeGreaterThan(0);
    for (const t of withVcenterTask) {
      expect(t.onPremisesTaskId).toMatch(/^task-\d+$/);
      expect(t.parentTaskId).toBeUndefined();
      expect(t.username).not.toBe('apiuser');
    }
    expect(new Set(withVcenterTask.map((t) => t.onPremisesTaskId)).size).toBe(withVcenterTask.length);
  });

  it('caps the active tasks of a large data set', () => {
    const large = tasksFor(1, 6000);
    expect(large.filter(isActive).length).toBeLessThanOrEqual(510);
  });
});
