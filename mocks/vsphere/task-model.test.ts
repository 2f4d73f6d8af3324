import { createRng } from '../../src/runtime/rng';
import { runStateAt } from '../../src/state/lifecycle';
import type { Run } from '../../src/state/run';
import { testValidators } from '../../src/testing/create-test-app';
import { eventChainIdAt } from './complete-task';
import { DEMO_VSPHERE_UUID } from './settings';
import { vsphereTasks } from './task-model';
import type { TaskItem } from './types';

const validate = testValidators().component('vsphere', vsphereTasks.schema);
const NOW = Date.parse('2021-08-31T08:20:00Z');
const RUN: Run = { queuedAt: NOW, startAfterMs: 0, durationMs: 60_000, outcome: 'success' };
const complete = (task: Record<string, unknown>, seed = 1, tenant?: string, run = RUN) => vsphereTasks.complete({ task, tenant, run, now: NOW, rng: createRng(seed) });

describe('vsphereTasks.complete', () => {
  it('makes a whole, valid task from nothing, in the demo vSphere, keyed task-<n> above every loaded key', () => {
    for (let seed = 1; seed <= 40; seed += 1) {
      const stored = complete({}, seed);
      const item = stored.task as TaskItem;
      expect([stored.id, validate(item)]).toEqual([item.key, []]);
      expect(item.key).toMatch(/^task-\d+$/);
      expect(Number(item.key.slice(5))).toBeGreaterThanOrEqual(10_000);
      expect(stored.tenant).toBe(DEMO_VSPHERE_UUID);
      expect([item.status, item.task.QueueTime.slice(0, 19)]).toEqual(['running', '2021-08-31T08:20:00']);
    }
  });

  it('keeps the key, kind, entity and name it is given, and derives the wrapper from the TaskInfo', () => {
    const stored = complete({ key: 'task-5000', name: 'My label', entity: 'HostSystem:host-10', task: { DescriptionId: 'HostSystem.reconnect' } });
    const item = stored.task as TaskItem;
    expect([stored.id, item.key, item.task.Key, item.task_reference]).toEqual(['task-5000', 'task-5000', 'task-5000', 'Task:task-5000']);
    expect([item.name, item.task.Name, item.entity, item.target]).toEqual(['My label', 'ReconnectHost_Task', 'HostSystem:host-10', '10.30.12.22']);
    expect(validate(item)).toEqual([]);
  });

  it("names a kind it knows by the platform's label, and an unknown one by TaskInfo.Name", () => {
    expect((complete({ task: { DescriptionId: 'VirtualMachine.clone' } }).task as TaskItem).name).toBe('克隆虚拟机');
    const unknown = complete({ task: { DescriptionId: 'VirtualMachine.upgradeTools', Name: 'UpgradeTools_Task' } }).task as TaskItem;
    expect([unknown.name, unknown.task.DescriptionId]).toEqual(['UpgradeTools_Task', 'VirtualMachine.upgradeTools']);
  });

  it('numbers EventChainId as the documents do, growing with time', () => {
    expect(eventChainIdAt(Date.parse('2021-08-30T11:40:34.765Z'))).toBe(244_389);
    expect(eventChainIdAt(Date.parse('2021-08-31T08:15:01.673Z'))).toBe(261_116);
    expect(eventChainIdAt(Date.parse('2030-01-01T00:00:00Z'))).toBeGreaterThan(261_116);
    expect(eventChainIdAt(0)).toBe(1);
  });

  it('lowers a tenant it is given (vsphere_uuid is matched without case)', () => {
    expect(complete({}, 1, 'E0FD06E7-B891-4FCA-AD56-E36981BEE2A3').tenant).toBe(DEMO_VSPHERE_UUID);
  });
});

describe('vsphereTasks.arrival', () => {
  const arrivals = Array.from({ length: 400 }, (_, i) => vsphereTasks.arrival(NOW, createRng(100 + i)));

  it('arrives often enough to be seen within a minute under serve', () => {
    expect(vsphereTasks.arrivalsPerHour).toBeGreaterThanOrEqual(60);
  });

  it('queues now, starts within two seconds, mostly succeeds, sometimes fails or is cancelled', () => {
    const outcomes = arrivals.map((a) => a.run.outcome);
    for (const { run } of arrivals) {
      expect(run.queuedAt).toBe(NOW);
      expect(run.startAfterMs).toBeLessThan(2_000);
      expect(run.durationMs).toBeGreaterThan(0);
      expect(run.durationMs).toBeLessThanOrEqual(540_000);
    }
    const share = (o: string) => outcomes.filter((x) => x === o).length / outcomes.length;
    expect(share('success')).toBeGreaterThan(0.85);
    expect(share('failure')).toBeGreaterThan(0);
    expect(share('cancelled')).toBeGreaterThan(0);
  });

  it('completes into valid tasks whose every phase renders valid', () => {
    arrivals.slice(0, 60).forEach((a, i) => {
      const stored = vsphereTasks.complete({ task: a.task, tenant: undefined, run: a.run, now: NOW, rng: createRng(i) });
      for (const at of [NOW, NOW + a.run.startAfterMs + a.run.durationMs / 2, NOW + a.run.startAfterMs + a.run.durationMs]) {
        const shown = vsphereTasks.render(stored, at) as TaskItem;
        expect([stored.id, runStateAt(a.run, at).phase, validate(shown)]).toEqual([stored.id, runStateAt(a.run, at).phase, []]);
      }
    });
  });
});
