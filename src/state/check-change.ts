import { ChangeRefused, type Problem } from './change-refused';
import type { Change } from './log-entry';
import { windDownMs } from './lifecycle';
import { endOf, isRenderableTime, startOf, type Run } from './run';
import type { SimState } from './sim-state';
import { changesFromSnapshot } from './snapshot';

/**
 * Every problem with a change before it is made: tasks must be valid against their vendor's
 * schema and their runs renderable, the clock must stay where every API can render a time, a
 * snapshot must be of this data set. Throws ChangeRefused listing them all.
 */
export function checkChange(sim: SimState, change: Change, where = ''): void {
  const problems: Problem[] = [];
  switch (change.kind) {
    case 'tasks': {
      const vendor = sim.vendors.get(change.vendor);
      if (!vendor) throw new ChangeRefused(`${change.vendor} is not served here`, [], 404);
      const schema = vendor.dialect.tasks.schema;
      if (schema === '') throw new ChangeRefused(`${change.vendor} does not take task writes yet`);
      const validate = sim.validators.component(change.vendor, schema);
      change.writes.forEach((write, i) => {
        if (write.kind !== 'put') return;
        const at = `${where}/writes/${i}`;
        for (const issue of validate(write.task.task)) problems.push({ pointer: `${at}/task${issue.pointer}`, message: issue.message });
        if (write.task.tenant === '') problems.push({ pointer: `${at}/tenant`, message: 'must not be empty' });
        if (!write.task.run) return;
        const runIssues = runProblems(write.task.run, `${at}/run`);
        problems.push(...runIssues);
        if (runIssues.length > 0 || problems.length > 0) return;
        // The task as its API will show it in each phase must be valid too (a run's `error`
        // lands in the vendor's own error field): the mock never answers outside its spec.
        for (const moment of phaseMoments(write.task.run)) {
          const shown = vendor.dialect.tasks.render(write.task, moment);
          for (const issue of validate(shown)) problems.push({ pointer: `${at}/run`, message: `shows the task at ${new Date(moment).toISOString()} invalid for the spec: ${issue.pointer} ${issue.message}` });
        }
      });
      break;
    }
    case 'clock':
      if (!isRenderableTime(change.now)) problems.push({ pointer: `${where}/now`, message: 'puts the clock outside 1970-01-01 to 9999-12-31, which the APIs cannot render' });
      if (!Number.isFinite(change.rate) || change.rate < 0) problems.push({ pointer: `${where}/rate`, message: 'must be a finite number >= 0' });
      break;
    case 'reset':
      if (change.vendor !== undefined && !sim.vendors.has(change.vendor)) throw new ChangeRefused(`${change.vendor} is not served here`, [], 404);
      break;
    case 'snapshot': {
      const { snapshot } = change;
      if (Date.parse(snapshot.dataSet.now) !== sim.dataSet.now || snapshot.dataSet.seed !== sim.dataSet.seed) {
        problems.push({ pointer: `${where}/dataSet`, message: `is not the data set served here (now ${new Date(sim.dataSet.now).toISOString()}, seed ${sim.dataSet.seed})` });
      }
      if (!isRenderableTime(Date.parse(snapshot.clock.now))) problems.push({ pointer: `${where}/clock/now`, message: 'outside 1970-01-01 to 9999-12-31' });
      for (const [vendor, changes] of changesFromSnapshot(snapshot)) {
        if (!sim.vendors.has(vendor)) {
          problems.push({ pointer: `${where}/vendors/${vendor}`, message: 'is not served here' });
          continue;
        }
        const writes = [...changes.tasks()].map((task) => ({ kind: 'put' as const, task }));
        try {
          checkChange(sim, { kind: 'tasks', vendor, writes }, `${where}/vendors/${vendor}`);
        } catch (error) {
          if (!(error instanceof ChangeRefused)) throw error;
          problems.push(...(error.problems.length > 0 ? error.problems : [{ pointer: `${where}/vendors/${vendor}`, message: error.message }]));
        }
      }
      break;
    }
  }
  if (problems.length > 0) throw new ChangeRefused(`the change has ${problems.length} problem${problems.length === 1 ? '' : 's'}`, problems);
}

/** A moment in each phase of the run: waiting, running, winding down, done. */
function phaseMoments(run: Run): number[] {
  const start = startOf(run);
  const end = endOf(run);
  return [...new Set([run.queuedAt, start, start + Math.floor(run.durationMs / 2), end - windDownMs(run), end])];
}

function runProblems(run: Run, at: string): Problem[] {
  const problems: Problem[] = [];
  if (!isRenderableTime(run.queuedAt)) problems.push({ pointer: `${at}/queuedAt`, message: 'outside 1970-01-01 to 9999-12-31' });
  else if (!isRenderableTime(endOf(run))) problems.push({ pointer: `${at}/durationMs`, message: 'ends the run after 9999-12-31' });
  return problems;
}
