import { createRng } from '../../src/runtime/rng';
import type { Run } from '../../src/state/run';
import { testValidators } from '../../src/testing/create-test-app';
import { APPLIANCE, completeTask } from './complete-task';
import type { ListItem } from './list-item';
import { snapserviceTasks } from './task-model';

const validate = testValidators().component('snapservice', 'ListItem');
const NOW = Date.parse('2021-08-31T08:20:00.000Z');
const run = (outcome: Run['outcome'], error?: unknown): Run => ({ queuedAt: NOW, startAfterMs: 2000, durationMs: 30_000, outcome, ...(error ? { error } : {}) });

describe('snapservice completeTask', () => {
  it.each(['success', 'failure', 'cancelled'] as const)('makes a spec-valid task of the demo appliance for a %s run, rendered valid in every phase', (outcome) => {
    for (let seed = 1; seed <= 40; seed += 1) {
      const stored = completeTask({ task: {}, tenant: undefined, run: run(outcome), now: NOW, rng: createRng(seed) });
      expect(stored.tenant).toBe(APPLIANCE);
      expect(validate(stored.task)).toEqual([]);
      const item = stored.task as ListItem;
      expect(stored.id).toBe(item.task);
      expect(item.task).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}:com\.vmware\.snapservice$/);
      for (const at of [NOW, NOW + 1000, NOW + 20_000, NOW + 31_000, NOW + 33_000]) expect(validate(snapserviceTasks.render(stored, at))).toEqual([]);
    }
  });

  it('gives a failure one of its operation\'s own errors, a cancel the canceled error, a given error itself', () => {
    const failed = completeTask({ task: { info: { service: 'com.vmware.snapservice.protection_groups', operation: 'pause' } }, tenant: undefined, run: run('failure'), now: NOW, rng: createRng(3) });
    expect((failed.task as ListItem).info.error?.error_type).toBe('ALREADY_IN_DESIRED_STATE');
    const cancelled = completeTask({ task: {}, tenant: undefined, run: run('cancelled'), now: NOW, rng: createRng(3) });
    expect((cancelled.task as ListItem).info.error).toMatchObject({ error_type: 'CANCELED', '@class': 'com.vmware.vapi.std.errors.canceled' });
    const given = { error_type: 'TIMED_OUT', messages: [{ id: 'x.y', default_message: 'Too slow.', args: [] }] };
    const timedOut = completeTask({ task: {}, tenant: undefined, run: run('failure', given), now: NOW, rng: createRng(3) });
    expect((timedOut.task as ListItem).info.error).toEqual(given);
  });

  it('keeps what the partial task gives: its id, tenant and fields', () => {
    const stored = completeTask({
      task: { task: 'mine:com.vmware.snapservice', info: { service: 'com.vmware.snapservice.clusters', operation: 'update', user: 'CORP.EXAMPLE\\jdoe' } },
      tenant: 'other',
      run: run('success'),
      now: NOW,
      rng: createRng(5),
    });
    expect(stored).toMatchObject({ id: 'mine:com.vmware.snapservice', tenant: 'other' });
    expect((stored.task as ListItem).info).toMatchObject({ service: 'com.vmware.snapservice.clusters', operation: 'update', user: 'CORP.EXAMPLE\\jdoe' });
    expect((stored.task as ListItem).info.description.id).toBe('com.vmware.snapservice.clusters.update');
  });

  it('makes arrivals queued now, mostly successes, as long as their kinds take', () => {
    const rng = createRng(9);
    const arrivals = Array.from({ length: 400 }, () => snapserviceTasks.arrival(NOW, rng));
    for (const { run: r } of arrivals) {
      expect(r.queuedAt).toBe(NOW);
      expect(r.durationMs).toBeGreaterThanOrEqual(1000);
    }
    const failures = arrivals.filter((a) => a.run.outcome === 'failure').length;
    expect(failures).toBeGreaterThan(0);
    expect(failures).toBeLessThan(40);
    expect(snapserviceTasks.arrivalsPerHour).toBeGreaterThanOrEqual(60);
  });
});
