import { createRng } from '../../src/runtime/rng';
import type { Run } from '../../src/state/run';
import { testValidators } from '../../src/testing/create-test-app';
import type { OperationLog } from './operation-log';
import { cbrTasks } from './task-model';
import { DEMO_PROJECT_ID, OPERATION_TYPES } from './vocabulary';

const NOW = Date.UTC(2021, 7, 31, 8, 20);
const validate = testValidators().component('cbr', 'OperationLog');
const run = (over: Partial<Run> = {}): Run => ({ queuedAt: NOW, startAfterMs: 0, durationMs: 60_000, outcome: 'success', ...over });

describe('cbrTasks', () => {
  it.each(OPERATION_TYPES.flatMap((type) => (['success', 'failure', 'cancelled'] as const).map((outcome) => [type, outcome] as const)))(
    'completes a %s task that ends in %s into a valid task at every phase',
    (type, outcome) => {
      const stored = cbrTasks.complete({ task: { operation_type: type }, tenant: undefined, run: run({ outcome }), now: NOW, rng: createRng(3) });
      const task = stored.task as OperationLog;
      expect(task.operation_type).toBe(type);
      expect(stored.tenant).toBe(DEMO_PROJECT_ID);
      expect(task.project_id).toBe(DEMO_PROJECT_ID);
      for (const at of [NOW, NOW + 30_000, NOW + 55_000, NOW + 60_000]) expect(validate(cbrTasks.render(stored, at))).toEqual([]);
    },
  );

  it('keeps the id, project and fields a partial task gives', () => {
    const stored = cbrTasks.complete({ task: { id: 'mine', vault_name: 'vault-x' }, tenant: 'ffffffffffffffffffffffffffffffff', run: run(), now: NOW, rng: createRng(3) });
    expect(stored.id).toBe('mine');
    expect(stored.task).toMatchObject({ id: 'mine', vault_name: 'vault-x', project_id: 'ffffffffffffffffffffffffffffffff' });
  });

  it('renders a task without a run as stored', () => {
    const stored = cbrTasks.complete({ task: {}, tenant: undefined, run: run(), now: NOW, rng: createRng(3) });
    expect(cbrTasks.render({ ...stored, run: undefined }, NOW + 999_999)).toBe(stored.task);
  });

  it('makes arrivals queued now, realistic in length, mostly succeeding, often enough to be seen', () => {
    const rng = createRng(5);
    const arrivals = Array.from({ length: 400 }, () => cbrTasks.arrival(NOW, rng));
    for (const { run: r } of arrivals) {
      expect(r.queuedAt).toBe(NOW);
      expect(r.durationMs).toBeGreaterThanOrEqual(10_000);
      expect(r.durationMs).toBeLessThan(45 * 60_000);
    }
    const failures = arrivals.filter((a) => a.run.outcome === 'failure').length;
    expect(failures).toBeGreaterThan(10);
    expect(failures).toBeLessThan(80);
    expect(new Set(arrivals.map((a) => a.task['operation_type'])).size).toBeGreaterThan(4);
    expect(cbrTasks.arrivalsPerHour).toBeGreaterThanOrEqual(60);
  });
});
