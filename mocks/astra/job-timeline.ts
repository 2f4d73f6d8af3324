import type { Rng } from '../../src/runtime/rng';
import type { AstraTaskState } from './astra-task';
import { SECOND_US } from './astra-time';

/** When one task ran, relative to its job's creation (microseconds), and how far it got. */
export interface TaskRun {
  readonly state: AstraTaskState;
  readonly startUs?: number;
  readonly endUs?: number;
  readonly cancelUs?: number;
  /** The task's last change: its end, or its last progress / pause / cancel request. */
  readonly modifiedUs: number;
  readonly percent: number;
}

export interface JobTimeline {
  readonly root: TaskRun;
  /** The subtasks that were started, in order (a job stops at the one that failed, etc.). */
  readonly steps: readonly TaskRun[];
  /** Index of the step that ended the job's progress (failed, cancelled, running...), if any. */
  readonly current: number | undefined;
}

const TERMINAL: ReadonlySet<AstraTaskState> = new Set(['completed', 'failed', 'cancelled']);

/**
 * Plays a job forward from its creation at 0: subtasks run one after another, the job's outcome
 * falls on one of them (a failed job fails in one subtask and starts no later ones, as Astra
 * creates subtasks as it goes), and the parent aggregates them: it starts at 0, ends just after
 * its last subtask, and its percentDone is the mean over all planned subtasks. A job without
 * subtasks is its own single step. `durations` are full run times in microseconds.
 */
export function playJob(rng: Rng, durations: readonly number[], outcome: AstraTaskState, hasChildren: boolean): JobTimeline {
  if (outcome === 'notStarted') return { root: { state: outcome, modifiedUs: 0, percent: 0 }, steps: [], current: undefined };
  const current = outcome === 'completed' ? undefined : rng.int(durations.length);
  const steps: TaskRun[] = [];
  let t = hasChildren ? gap(rng) : 0;
  for (let i = 0; i < durations.length; i += 1) {
    const duration = durations[i] ?? SECOND_US;
    if (i === current) {
      steps.push(partialRun(rng, outcome, t, duration));
      break;
    }
    steps.push({ state: 'completed', startUs: t, endUs: t + duration, modifiedUs: t + duration, percent: 100 });
    t += duration + gap(rng);
  }
  if (!hasChildren) return { root: steps[0] as TaskRun, steps: [], current: undefined };
  const last = steps[steps.length - 1] as TaskRun;
  const done = current ?? durations.length;
  const percent = round2((100 * done + (current === undefined ? 0 : last.percent)) / durations.length);
  const endUs = TERMINAL.has(outcome) ? (last.endUs ?? last.modifiedUs) + gap(rng) : undefined;
  const root: TaskRun = {
    state: outcome,
    startUs: 0,
    ...(endUs === undefined ? {} : { endUs }),
    ...(last.cancelUs === undefined ? {} : { cancelUs: last.cancelUs }),
    modifiedUs: endUs ?? last.modifiedUs,
    percent: outcome === 'completed' ? 100 : percent,
  };
  return { root, steps, current };
}

function partialRun(rng: Rng, outcome: AstraTaskState, startUs: number, duration: number): TaskRun {
  const fraction = 0.05 + 0.9 * rng.next();
  const at = startUs + Math.floor(fraction * duration);
  const percent = round2(fraction * 100);
  switch (outcome) {
    case 'failed':
      return { state: outcome, startUs, endUs: at, modifiedUs: at, percent };
    case 'cancelled': {
      const endUs = at + Math.floor((0.3 + 8 * rng.next()) * SECOND_US);
      return { state: outcome, startUs, endUs, cancelUs: at, modifiedUs: endUs, percent };
    }
    case 'cancelling':
      return { state: outcome, startUs, cancelUs: at, modifiedUs: at, percent };
    case 'paused':
      return { state: outcome, startUs, modifiedUs: at + Math.floor((1 + 30 * rng.next()) * SECOND_US), percent };
    default: // running, pausing: the last progress update or pause request
      return { state: outcome, startUs, modifiedUs: at, percent };
  }
}

/** The pause between a parent's steps: 20 ms to 1.5 s. */
function gap(rng: Rng): number {
  return Math.floor((0.02 + 1.48 * rng.next()) * SECOND_US);
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
