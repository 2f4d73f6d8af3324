import { FULL_MIGRATION_STEPS, kindOf, type TaskKind } from './task-catalogue';
import type { TaskState } from './task-description';

/**
 * `progressMessage` of a task in a state at a progress, as the generator writes it and the
 * view words a live task: the stage at work (stage floor(p / 100 * stages)), "Cancelling
 * <label>", "<Label> cancelled", or the kind's done text; a storage migration adds its
 * "x GB of y GB migrated" line (the spec example's style).
 */
export function progressMessage(kind: TaskKind, state: TaskState, progress: number, diskBytes: number): string[] {
  if (state === 'Succeeded') return [kind.done];
  if (state === 'Cancelling') return [`Cancelling ${kind.label}`];
  if (state === 'Cancelled') return [`${kind.label.charAt(0).toUpperCase()}${kind.label.slice(1)} cancelled`];
  const stage = kind.stages[Math.min(kind.stages.length - 1, Math.floor((progress / 100) * kind.stages.length))] ?? kind.done;
  if (kind.type !== 'MigrateToCloud') return [stage];
  return [stage, `${gigabytes(shareOf(diskBytes, progress))} GB of ${gigabytes(diskBytes)} GB migrated`];
}

/**
 * A full migration at work reports the step it is at (generate/build-job.ts: its progress is
 * the share of its five steps done), so its message is that step's stage at the step's own
 * progress; finished or cancelling, it speaks of itself.
 */
export function fullMigrationMessage(kind: TaskKind, state: TaskState, progress: number, diskBytes: number): string[] {
  if (state === 'Succeeded' || state === 'Cancelling' || state === 'Cancelled') return progressMessage(kind, state, progress, diskBytes);
  const steps = FULL_MIGRATION_STEPS.length;
  const step = Math.min(steps - 1, Math.floor((progress * steps) / 100));
  const stepProgress = Math.max(0, Math.min(99, progress * steps - step * 100));
  return progressMessage(kindOf(FULL_MIGRATION_STEPS[step] ?? 'CleanupVm'), 'Running', stepProgress, diskBytes).slice(0, 1);
}

/** The share of a total done at a progress, rounded down (migrated bytes, detached records). */
export function shareOf(total: number, progress: number): number {
  return Math.floor((total * progress) / 100);
}

function gigabytes(bytes: number): string {
  return (bytes / 2 ** 30).toFixed(1);
}
