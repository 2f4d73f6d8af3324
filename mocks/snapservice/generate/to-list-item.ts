import type { Rng } from '../../../src/runtime/rng';
import type { ListItem, Progress, TaskInfo } from '../list-item';
import { progressOf } from './progress-of';
import type { TaskDraft } from './task-draft';

/**
 * Renders a draft as the spec's ListItem. Unset optional fields are omitted, not null (spec
 * info: the vAPI `/api` rendering). `progress` only for RUNNING, BLOCKED, SUCCEEDED and FAILED,
 * `error` only for FAILED, `start_time` once started, `end_time` once finished (api-facts 3.3).
 */
export function toListItem(draft: TaskDraft, rng: Rng): ListItem {
  const { kind, subject, status } = draft;
  const active = draft.end === undefined;
  const failure = draft.failure?.(subject, { rng, start: draft.start ?? 0 });
  const progress = status === 'PENDING' ? undefined : (failure?.progress ?? progressOf(draft, rng));
  const result = resultOf(draft, progress);
  const info: TaskInfo = {
    description: kind.describe(subject, draft),
    service: kind.service,
    operation: kind.operation,
    ...(draft.parent ? { parent: draft.parent.id } : {}),
    target: kind.target(subject),
    status,
    // A delete cannot be undone half-way; everything else in flight can be cancelled.
    cancelable: active && kind.operation !== 'delete',
    ...(failure ? { error: failure.error } : {}),
    ...(draft.start !== undefined ? { start_time: new Date(draft.start).toISOString() } : {}),
    ...(draft.end !== undefined ? { end_time: new Date(draft.end).toISOString() } : {}),
    ...(draft.user !== undefined ? { user: draft.user } : {}),
    ...(draft.vcTask !== undefined ? { vc_task: draft.vcTask } : {}),
    ...(progress ? { progress } : {}),
    ...(result !== undefined ? { result } : {}),
  };
  return { task: draft.id, info };
}

/**
 * A SUCCEEDED task's result; a RUNNING or FAILED one's partial result once some of its work is
 * done, for the operations that report one (TaskKind.partialResult). Otherwise none: "missing if
 * the operation returns no result or it is not available yet" (api-facts 3.3).
 */
function resultOf(draft: TaskDraft, progress: Progress | undefined): unknown {
  if (draft.status === 'SUCCEEDED') return draft.kind.result?.(draft.subject);
  const started = draft.status === 'RUNNING' || draft.status === 'FAILED';
  return started && (progress?.completed ?? 0) > 0 ? draft.kind.partialResult?.(draft.subject) : undefined;
}
