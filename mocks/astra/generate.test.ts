import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../src/package-root';
import { createRng } from '../../src/runtime/rng';
import { testValidators } from '../../src/testing/create-test-app';
import { DEMO_ACCOUNT_ID, SECOND_ACCOUNT_ID, accountOfResourceUri } from './accounts';
import type { AstraTask } from './astra-task';
import { generate, SEED_EXAMPLE_FILE } from './generate';

const NOW = Date.parse('2021-08-31T08:20:00.000Z');
const docRoot = path.join(packageRoot(), 'fixtures', 'doc-examples', 'astra');
const docExample = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(docRoot, file), 'utf8'));
const make = (seed: number, count = 300) => generate({ rng: createRng(seed), count, now: NOW, docExample }).tasks as AstraTask[];

describe('astra generate', () => {
  const tasks = make(7);
  const byId = new Map(tasks.map((t) => [t.id, t]));

  it('is deterministic for a seed and differs between seeds', () => {
    expect(JSON.stringify(make(7))).toBe(JSON.stringify(tasks));
    expect(JSON.stringify(make(8))).not.toBe(JSON.stringify(tasks));
  });

  it('makes exactly `count` tasks plus the seed example records, verbatim', () => {
    const seed = (docExample(SEED_EXAMPLE_FILE) as { items: AstraTask[] }).items;
    expect(tasks).toHaveLength(300 + seed.length);
    for (const record of seed) expect(byId.get(record.id)).toEqual(record);
    expect(make(3, 1)).toHaveLength(1 + seed.length);
  });

  it('makes records that satisfy the spec schema AstraTask, with unique ids', () => {
    const validate = testValidators().component('astra', 'AstraTask');
    for (const task of tasks) expect(validate(task)).toEqual([]);
    expect(byId.size).toBe(tasks.length);
  });

  it('covers every state, and every failed task says why', () => {
    for (const seed of [1, 7, 42]) {
      const states = new Set(make(seed, 60).map((t) => t.state));
      expect([...states].sort()).toEqual(['cancelled', 'cancelling', 'completed', 'failed', 'notStarted', 'paused', 'pausing', 'running']);
    }
    for (const task of tasks.filter((t) => t.state === 'failed')) expect(task.stateDetails.length).toBeGreaterThan(0);
  });

  it('binds every task to the demo or the second account through its resourceURI', () => {
    const accounts = new Set(tasks.map((t) => accountOfResourceUri(t.resourceURI)));
    expect([...accounts].sort()).toEqual([SECOND_ACCOUNT_ID, DEMO_ACCOUNT_ID].sort());
    for (const task of tasks) {
      for (const uri of task.resourceCollectionURI) expect(accountOfResourceUri(uri)).toBe(accountOfResourceUri(task.resourceURI));
    }
  });

  it('keeps times before now and in order, and states consistent with them', () => {
    const nowText = new Date(NOW).toISOString();
    for (const t of tasks) {
      const times = [t.metadata.creationTimestamp, t.startTime, t.cancelTime, t.endTime, t.metadata.modificationTimestamp];
      for (const time of times) if (time !== undefined) expect(time < nowText).toBe(true);
      if (t.startTime) expect(t.startTime >= t.metadata.creationTimestamp).toBe(true);
      if (t.endTime) expect(t.endTime >= (t.startTime ?? '')).toBe(true);
      expect(t.metadata.modificationTimestamp >= t.metadata.creationTimestamp).toBe(true);
      const ended = ['completed', 'failed', 'cancelled'].includes(t.state);
      expect(t.endTime !== undefined).toBe(ended);
      expect(t.startTime === undefined).toBe(t.state === 'notStarted');
      if (t.state === 'completed') expect(t.percentDone).toBe(100);
      if (['cancelled', 'cancelling'].includes(t.state)) expect(t.cancelTime).toBeDefined();
      if (['paused', 'pausing'].includes(t.state)) expect(t.stateTransitions.some((s) => s.to.includes('paused'))).toBe(true);
    }
  });

  it('links subtasks to a parent of the same account that started before them, with orderHint in order', () => {
    const children = tasks.filter((t) => t.parentTaskID && byId.has(t.parentTaskID));
    expect(children.length).toBeGreaterThan(50);
    const families = new Map<string, AstraTask[]>();
    for (const child of children) families.set(child.parentTaskID ?? '', [...(families.get(child.parentTaskID ?? '') ?? []), child]);
    for (const siblings of families.values()) {
      const ordered = [...siblings].sort((a, b) => (a.orderHint ?? 0) - (b.orderHint ?? 0));
      expect(ordered.map((t) => t.orderHint)).toEqual(ordered.map((_, i) => i));
      for (let i = 1; i < ordered.length; i += 1) expect((ordered[i]?.startTime ?? '') > (ordered[i - 1]?.endTime ?? '')).toBe(true);
    }
    for (const child of children) {
      const parent = byId.get(child.parentTaskID ?? '') as AstraTask;
      expect(parent.parentTaskID).toBeUndefined();
      expect(accountOfResourceUri(parent.resourceURI)).toBe(accountOfResourceUri(child.resourceURI));
      expect(child.name.startsWith(`${parent.name}.`)).toBe(true);
      expect(child.metadata.creationTimestamp >= parent.metadata.creationTimestamp).toBe(true);
      expect(child.userID).toBe(parent.userID);
      if (child.state === 'failed') expect(parent.state).toBe('failed');
    }
  });

  it('marks user-initiated work with userID and scheduled work with the nil createdBy', () => {
    const roots = tasks.filter((t) => !t.parentTaskID && t.version === '1.1');
    expect(roots.some((t) => t.userID !== undefined)).toBe(true);
    expect(roots.some((t) => t.userID === undefined && t.metadata.createdBy === '00000000-0000-0000-0000-000000000000')).toBe(true);
    for (const t of roots) if (t.userID) expect(t.metadata.createdBy).toBe(t.userID);
    const seedIds = new Set((docExample(SEED_EXAMPLE_FILE) as { items: AstraTask[] }).items.map((t) => t.id));
    expect(tasks.filter((t) => t.version === '1.0' && !seedIds.has(t.id)).every((t) => t.userID === undefined)).toBe(true);
  });
});
