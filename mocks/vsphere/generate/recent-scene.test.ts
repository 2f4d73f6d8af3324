import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../../src/package-root';
import { createRng } from '../../../src/runtime/rng';
import { generate } from './generate';
import { RECENT_SCENE } from './recent-scene';
import { TASK_KINDS } from './task-catalogue';
import { missingFields } from '../test-support/task-fields';
import type { TaskItem } from '../types';

const docDir = path.join(packageRoot(), 'fixtures', 'doc-examples', 'vsphere');
const docExample = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(docDir, file), 'utf8'));
const NOW = Date.parse('2021-08-31T08:20:00.000Z');
const make = (seed: number, now = NOW, count = 300): TaskItem[] => generate({ rng: createRng(seed), count, now, docExample }).tasks;

/** What vCenter's recentTask holds at `now` (api-facts 1.6): unfinished, or finished within 10 minutes. */
const recentAt = (tasks: readonly TaskItem[], now: number): TaskItem[] =>
  tasks.filter((t) => Date.parse(t.task.QueueTime) <= now && (t.task.CompleteTime === null || Date.parse(t.task.CompleteTime) >= now - 600_000));
const onSeedVm = (tasks: readonly TaskItem[]): TaskItem[] => tasks.filter((t) => t.entity === 'VirtualMachine:vm-119');

describe('the newest tasks (recent-scene)', () => {
  it.each([
    [1, '2021-08-31T08:20:00.000Z'],
    [2, '2021-08-31T08:20:00.000Z'],
    [7, '2022-03-01T12:00:00.000Z'],
  ])('seed %i, now %s: the recent tasks and the seed VM tasks carry every occasional task field', (seed, at) => {
    const now = Date.parse(at);
    const tasks = make(seed, now);
    expect(missingFields(recentAt(tasks, now))).toEqual([]);
    expect(missingFields(onSeedVm(tasks))).toEqual([]);
  });

  it('casts only what the catalogue allows: a kind, one of its reasons and one of its faults', () => {
    for (const cast of RECENT_SCENE) {
      if (!cast) continue;
      const kind = TASK_KINDS.find((k) => k.descriptionId === cast.descriptionId);
      expect(kind).toBeDefined();
      if (cast.reason) expect(kind?.reasons).toContain(cast.reason);
      if (cast.fault) expect(kind?.faults).toContain(cast.fault);
    }
  });
});

describe('occasional fields sit only on the tasks that carry them in vCenter', () => {
  const tasks = [1, 2, 3].flatMap((seed) => make(seed, NOW, 1000));

  it('Description and Locked only while running; Locked holds the entity itself', () => {
    for (const t of tasks) {
      if (t.status !== 'running') expect([t.key, t.task.Description, t.task.Locked]).toEqual([t.key, null, null]);
      if (t.task.Locked) expect(t.task.Locked).toContainEqual(t.task.Entity);
    }
    expect(tasks.some((t) => t.task.Locked !== null)).toBe(true);
  });

  it("a description's message is its arguments substituted, as vmodl.LocalizableMessage says", () => {
    const withArgs = tasks.filter((t) => (t.task.Description?.Arg ?? []).length > 0);
    expect(withArgs.length).toBeGreaterThan(0);
    for (const t of withArgs) {
      for (const arg of t.task.Description?.Arg ?? []) expect(t.task.Description?.Message).toContain(String(arg.Value));
    }
  });

  it("a fault's own fields only on failures that are not cancels, and only together as one fault type has them", () => {
    for (const t of tasks) {
      const fault = t.task.Error?.Fault;
      if (!fault) continue;
      const own = Object.keys(fault).filter((k) => k !== 'FaultCause' && k !== 'FaultMessage');
      if (t.task.Cancelled) expect(own).toEqual([]);
      // NoDiskSpace is a FileFault: a Datastore always comes with its File.
      if ('Datastore' in fault) expect(own.sort()).toEqual(['Datastore', 'File']);
      // GenericVmConfigFault: the reason with the VMX messages that explain it.
      if ('Reason' in fault) {
        expect(own).toEqual(['Reason']);
        expect(fault.FaultMessage?.length).toBeGreaterThan(0);
        expect(fault.FaultMessage?.at(-1)?.Message).toBe(fault.Reason);
      }
      if ('RequestedState' in fault) expect(own.sort()).toEqual(['ExistingState', 'RequestedState']);
    }
  });
});
