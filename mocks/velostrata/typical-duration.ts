import { DEFAULT_DURATION_MS } from '../../src/state/run';
import { FULL_MIGRATION_STEPS, findKind, kindOf } from './task-catalogue';
import type { TaskType } from './task-description';

const MINUTE = 60_000;

/**
 * How long a task of this type usually runs: the middle of its catalogue range; a full
 * migration runs its five steps one after another. An unknown type runs the run model's
 * default (DEFAULT_DURATION_MS).
 */
export function typicalDurationMs(type: TaskType | undefined): number {
  if (type === 'FullMigration') return FULL_MIGRATION_STEPS.reduce((sum, step) => sum + middle(kindOf(step).minutes), 0);
  const kind = findKind(type);
  return kind === undefined ? DEFAULT_DURATION_MS : middle(kind.minutes);
}

function middle([low, high]: readonly [number, number]): number {
  return Math.round(((low + high) / 2) * MINUTE);
}
