import type { Rng } from '../../../src/runtime/rng';
import type { OperationType, TaskStatus } from '../vocabulary';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How far back the generated history reaches; legacy `copy` tasks are older (the type was retired). */
const HISTORY_DAYS = 90;

export interface TaskTiming {
  readonly createdAt: number;
  readonly startedAt: number;
  /** Undefined while the task waits or runs. */
  readonly endedAt: number | undefined;
  readonly updatedAt: number;
}

export interface TimingPlan {
  readonly type: OperationType;
  readonly status: TaskStatus;
  readonly auto: boolean;
  /** UTC hour the vault's policy fires. */
  readonly policyHour: number;
  readonly now: number;
}

/** [min, max) run time of a successful task of each type, in ms (also the runs of new tasks). */
export const RUN_TIME: Readonly<Record<OperationType, readonly [number, number]>> = {
  backup: [30 * SECOND, 40 * MINUTE],
  replication: [5 * MINUTE, 45 * MINUTE],
  copy: [5 * MINUTE, 45 * MINUTE],
  restore: [4 * MINUTE, 30 * MINUTE],
  delete: [10 * SECOND, 60 * SECOND],
  sync: [1 * MINUTE, 5 * MINUTE],
  remove_resource: [20 * SECOND, 90 * SECOND],
  vault_delete: [1 * MINUTE, 6 * MINUTE],
  migrate_resources: [30 * SECOND, 2 * MINUTE],
};

/**
 * When a task was created, started, ended and last updated, all before `now`. Waiting and
 * running tasks are recent (created minutes before `now`, no end); policy tasks fire at their
 * vault's policy hour; manual ones at any time of the last 90 days.
 */
export function planTiming(rng: Rng, plan: TimingPlan): TaskTiming {
  const { now, status } = plan;
  if (status === 'waiting') {
    const createdAt = now - between(rng, 5 * SECOND, 10 * MINUTE);
    return { createdAt, startedAt: createdAt, endedAt: undefined, updatedAt: createdAt };
  }
  if (status === 'running') {
    const createdAt = now - between(rng, 2 * MINUTE, 90 * MINUTE);
    const startedAt = createdAt + between(rng, 40, 150);
    return { createdAt, startedAt, endedAt: undefined, updatedAt: between(rng, startedAt, now - SECOND) };
  }
  const runTime = runTimeOf(rng, plan);
  const latest = now - runTime - 10 * MINUTE;
  const createdAt = Math.min(createdTime(rng, plan), latest);
  const startedAt = status === 'skipped' ? createdAt : createdAt + between(rng, 40, 150);
  const endedAt = startedAt + runTime;
  return { createdAt, startedAt, endedAt, updatedAt: endedAt + between(rng, 20, 120) };
}

function runTimeOf(rng: Rng, plan: TimingPlan): number {
  if (plan.status === 'skipped') return between(rng, 40, 200);
  if (plan.status === 'failed') return between(rng, 2 * SECOND, 3 * MINUTE);
  // A step ran past the system limit (about six hours, like the spec's legacy copy example).
  if (plan.status === 'timeout') return 6 * HOUR + between(rng, 0, 5 * SECOND);
  const [min, max] = RUN_TIME[plan.type];
  return between(rng, min, max);
}

function createdTime(rng: Rng, plan: TimingPlan): number {
  const { now } = plan;
  if (plan.type === 'copy') return now - between(rng, 380 * DAY, 560 * DAY);
  if (!plan.auto) return now - between(rng, 10 * MINUTE, HISTORY_DAYS * DAY);
  // Policy runs: replication an hour after the backups, retention deletes ten minutes after.
  const offset = plan.type === 'replication' ? HOUR : plan.type === 'delete' ? 10 * MINUTE : 0;
  const day = Math.floor(now / DAY) - 1 - rng.int(HISTORY_DAYS);
  return day * DAY + plan.policyHour * HOUR + offset + between(rng, 0, 8 * SECOND);
}

/** An integer in [min, max). */
function between(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng.next() * (max - min));
}
