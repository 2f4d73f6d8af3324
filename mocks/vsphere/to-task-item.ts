import { toUnixSeconds } from './go-time';
import { refString, type TaskInfo, type TaskItem } from './types';

/**
 * Wraps a TaskInfo the way the platform does (api-facts 1.4, verified on seed 000's five
 * records): `name` is the Chinese label of `DescriptionId` when the platform has one, else
 * `Name`; times are unix seconds (0 when unset); `user` only for TaskReasonUser; `detail` is
 * Description.Message; `message` is Error.LocalizedMessage. Key order is the seed's.
 */
export function toTaskItem(task: TaskInfo, label: string | null): TaskItem {
  return {
    key: task.Key,
    task_reference: refString(task.Task),
    name: label ?? task.Name,
    entity: task.Entity ? refString(task.Entity) : '',
    target: task.EntityName,
    status: task.State,
    progress: task.Progress,
    detail: task.Description?.Message ?? '',
    user: 'UserName' in task.Reason ? task.Reason.UserName : '',
    create_time: secondsOf(task.QueueTime),
    start_time: task.StartTime === null ? 0 : secondsOf(task.StartTime),
    finish_time: task.CompleteTime === null ? 0 : secondsOf(task.CompleteTime),
    message: task.Error?.LocalizedMessage ?? '',
    task,
  };
}

function secondsOf(goTime: string): number {
  return toUnixSeconds(Date.parse(goTime));
}
