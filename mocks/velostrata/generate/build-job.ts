import type { Rng } from '../../../src/runtime/rng';
import { failureDetails } from './failure-texts';
import { isActive } from '../filters';
import { progressMessage, shareOf } from '../progress-words';
import { FULL_MIGRATION_STEPS, kindOf, type TaskKind } from '../task-catalogue';
import type { EntityId, TaskState } from '../task-description';

/** One generated task before ids are given (ids follow start order, see generate.ts). */
export interface Draft {
  readonly kind: TaskKind;
  readonly state: TaskState;
  readonly start: number;
  readonly end: number | undefined;
  readonly progress: number;
  readonly progressMessage: readonly string[];
  readonly entity: EntityId | undefined;
  readonly username: string;
  readonly additionalInfo: Readonly<Record<string, unknown>> | undefined;
  readonly errorMessage: readonly string[] | undefined;
  readonly errorDetails: string | undefined;
  readonly subs: readonly Draft[];
  /** Set on sub tasks once their parent exists. */
  parent?: Draft;
}

/** Who a job is for: the same VM, Cloud Extension and user across a parent and its sub tasks. */
export interface JobSubject {
  readonly rng: Rng;
  readonly vm: string;
  readonly ce: string;
  readonly username: string;
  readonly diskBytes: number;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const DAY = 24 * 60 * MINUTE;
/** How far back finished tasks reach: the Manager's recent history. */
const HISTORY = 45 * DAY;

/**
 * The tasks of one job (a task, or a FullMigration with its sub tasks), timed backwards
 * from `now`: an active job is still running at `now` (it started shortly before), a finished
 * one ended between a few minutes and HISTORY before it.
 */
export function buildJob(subject: JobSubject, kind: TaskKind, state: TaskState, now: number): Draft[] {
  const plan = kind.type === 'FullMigration' ? planFullMigration(subject, state) : [planTask(subject, kind, state, 0)];
  const last = plan[plan.length - 1] as Planned;
  const until = last.until + (last.end !== undefined && isActive({ state }) ? 5 * SECOND + subject.rng.int(2 * MINUTE) : 0);
  const jobStart = isActive({ state }) ? now - until : now - until - 5 * MINUTE - subject.rng.int(HISTORY);
  const drafts: Draft[] = plan.map((p) => ({ ...p.draft, start: jobStart + p.start, end: p.end === undefined ? undefined : jobStart + p.end }));
  if (kind.type !== 'FullMigration') return drafts;
  const parent = fullMigrationParent(subject, kind, state, drafts, jobStart, until);
  for (const sub of drafts) sub.parent = parent;
  return [parent, ...drafts];
}

interface Planned {
  readonly draft: Omit<Draft, 'start' | 'end'>;
  /** Times relative to the job's start. */
  readonly start: number;
  readonly end: number | undefined;
  /** Where the task's own clock stands at `now` (its end, or how far it has run). */
  readonly until: number;
}

function planTask(subject: JobSubject, kind: TaskKind, state: TaskState, start: number): Planned {
  const { rng } = subject;
  const duration = (kind.minutes[0] + rng.int(kind.minutes[1] - kind.minutes[0] + 1)) * MINUTE + rng.int(MINUTE);
  const progress = state === 'Succeeded' ? 100 : 1 + rng.int(isActive({ state }) ? 98 : 95);
  const ran = Math.max(30 * SECOND, Math.floor((duration * progress) / 100));
  const end = isActive({ state }) ? undefined : start + ran + (state === 'Succeeded' ? 0 : 5 * SECOND + rng.int(85 * SECOND));
  const failed = state === 'Failed' || state === 'Failing';
  const draft = {
    kind,
    state,
    progress,
    progressMessage: progressMessage(kind, state, progress, subject.diskBytes),
    entity: entityOf(kind, subject),
    username: subject.username,
    additionalInfo: additionalInfo(kind, progress, subject),
    errorMessage: failed ? [kind.failure] : undefined,
    errorDetails: failed ? failureDetails(kind.type, subject) : undefined,
    subs: [],
  };
  return { draft, start, end, until: end ?? start + ran };
}

/** Sub tasks run one after another; the job stops at a random step unless it succeeded. */
function planFullMigration(subject: JobSubject, state: TaskState): Planned[] {
  const stop = state === 'Succeeded' ? FULL_MIGRATION_STEPS.length - 1 : subject.rng.int(FULL_MIGRATION_STEPS.length);
  const plan: Planned[] = [];
  let at = SECOND + subject.rng.int(4 * SECOND);
  FULL_MIGRATION_STEPS.slice(0, stop + 1).forEach((type, step) => {
    const subState: TaskState = step < stop ? 'Succeeded' : state === 'Failing' ? 'Failed' : state;
    const planned = planTask(subject, kindOf(type), subState, at);
    plan.push(planned);
    at = planned.until + SECOND + subject.rng.int(30 * SECOND);
  });
  return plan;
}

/**
 * The parent reports its current step: progress is the share of steps done, the message and
 * error those of the step at work. A failing parent has a failed step and is rolling back.
 */
function fullMigrationParent(
  subject: JobSubject,
  kind: TaskKind,
  state: TaskState,
  subs: readonly Draft[],
  start: number,
  until: number,
): Draft {
  const current = subs[subs.length - 1] as Draft;
  const doneSteps = subs.length - 1;
  const progress = state === 'Succeeded' ? 100 : Math.floor((doneSteps * 100 + current.progress) / FULL_MIGRATION_STEPS.length);
  const failed = state === 'Failed' || state === 'Failing';
  const labelled = state === 'Succeeded' || state === 'Cancelling' || state === 'Cancelled';
  return {
    kind,
    state,
    start,
    end: isActive({ state }) ? undefined : start + until + 2 * SECOND + subject.rng.int(18 * SECOND),
    progress,
    progressMessage: labelled ? progressMessage(kind, state, progress, subject.diskBytes) : current.progressMessage.slice(0, 1),
    entity: current.entity,
    username: subject.username,
    additionalInfo: undefined,
    errorMessage: failed ? [kind.failure, ...(current.errorMessage ?? [])] : undefined,
    errorDetails: failed ? current.errorDetails : undefined,
    subs,
  };
}

/** The v2.5 `AdditionInfoKey` values (api-facts 2.4): byte counts on storage migration, records on detach. */
export function additionalInfo(kind: TaskKind, progress: number, subject: JobSubject): Record<string, unknown> | undefined {
  const { rng } = subject;
  switch (kind.type) {
    case 'MigrateToCloud':
      return { MigrationProgressByteCount: migratedBytes(subject, progress), MigrationTotalByteCount: subject.diskBytes };
    case 'DetachVm':
    case 'CancelDetach': {
      const total = 100 * (10 + rng.int(190));
      return { DetachProcessedRecords: shareOf(total, progress), DetachTotalRecords: total };
    }
    case 'PrepareToDetach':
      return { ExporterInstanceId: `velostrata-exporter-${rng.hex(8)}` };
    case 'RunVmInCloud':
      return rng.next() < 0.15 ? { SpotRequestId: `sir-${rng.hex(8)}` } : undefined;
    default:
      return undefined;
  }
}

export function entityOf(kind: TaskKind, subject: JobSubject): EntityId | undefined {
  if (kind.entity === 'VmId') return { value: subject.vm, _type: 'VmId' };
  if (kind.entity === 'CloudExtensionId') return { value: subject.ce, _type: 'CloudExtensionId' };
  return undefined;
}

function migratedBytes(subject: JobSubject, progress: number): number {
  return shareOf(subject.diskBytes, progress);
}
