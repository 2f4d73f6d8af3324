import { isActive } from './filters';
import type { TaskState } from './task-description';

describe('isActive', () => {
  it.each<[TaskState | undefined, boolean]>([
    ['Running', true],
    ['Failing', true],
    ['Cancelling', true],
    ['Succeeded', false],
    ['Failed', false],
    ['Cancelled', false],
    [undefined, false],
  ])('%s → %p', (state, expected) => {
    expect(isActive(state === undefined ? {} : { state })).toBe(expected);
  });
});
