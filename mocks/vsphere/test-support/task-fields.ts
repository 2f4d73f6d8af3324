import type { TaskItem } from '../types';

/**
 * The fields of a task that only some tasks carry, as dotted paths (`*` for any array item):
 * a running task's phase (with arguments) and locks, each fault type's own fields, a VMX
 * message with arguments, and each TaskReason shape. A list that holds all of them shows every
 * task field the spec documents.
 */
export const OCCASIONAL_FIELDS = [
  'task.Description.Key',
  'task.Description.Arg.*.Key',
  'task.Description.Arg.*.Value',
  'task.Description.Message',
  'task.Locked.*.Type',
  'task.Locked.*.Value',
  'task.Error.Fault.InvalidProperty',
  'task.Error.Fault.File',
  'task.Error.Fault.Datastore',
  'task.Error.Fault.RequestedState',
  'task.Error.Fault.ExistingState',
  'task.Error.Fault.Reason',
  'task.Error.Fault.Task.Value',
  'task.Error.Fault.FaultMessage.*.Key',
  'task.Error.Fault.FaultMessage.*.Arg.*.Key',
  'task.Error.Fault.FaultMessage.*.Arg.*.Value',
  'task.Error.Fault.FaultMessage.*.Message',
  'task.Reason.UserName',
  'task.Reason.Name',
  'task.Reason.ScheduledTask.Value',
  'task.Reason.AlarmName',
  'task.Reason.Alarm.Value',
  'task.Reason.EntityName',
  'task.Reason.Entity.Value',
];

/** Every path present in the tasks (null values count as present, as in a body), array items as `*`. */
export function fieldPaths(tasks: readonly TaskItem[]): Set<string> {
  const paths = new Set<string>();
  const walk = (value: unknown, at: string): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item, `${at}.*`);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, member] of Object.entries(value)) {
        const path = at === '' ? key : `${at}.${key}`;
        paths.add(path);
        walk(member, path);
      }
    }
  };
  for (const task of tasks) walk(task, '');
  return paths;
}

/** The occasional fields none of the tasks carries (an empty list when they show them all). */
export function missingFields(tasks: readonly TaskItem[]): string[] {
  const present = fieldPaths(tasks);
  return OCCASIONAL_FIELDS.filter((path) => !present.has(path));
}
