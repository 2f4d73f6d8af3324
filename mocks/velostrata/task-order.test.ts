import type { TaskDescription } from './task-description';
import { compareTasks } from './task-order';

const task = (id: string, startTime?: string): TaskDescription => ({ id: { value: id, _type: 'TaskId' }, startTime });

describe('compareTasks', () => {
  it('puts the newest start first, then ids in natural order, then tasks without a start time', () => {
    const tasks = [
      task('t-1', '2021-08-30T10:00:00.000Z'),
      task('t-10', '2021-08-31T08:00:00.000Z'),
      task('t-3'),
      task('t-9', '2021-08-31T08:00:00.000Z'),
      task('t-2', '2021-08-31'),
      task('t-4', 'not a time'),
    ];
    expect([...tasks].sort(compareTasks).map((t) => t.id?.value)).toEqual(['t-9', 't-10', 't-2', 't-1', 't-3', 't-4']);
  });
});
