import { MockError } from '../../src/errors/mock-error';

/**
 * No task with this id (or not visible yet): 404 `ErrorInfo` `NotFound` (errors.ts). The
 * Manager's own text is undocumented (api-facts 2.4); this one names the id asked for.
 */
export function taskNotFound(id: string): MockError {
  return new MockError('resource_not_found', `Task ${id} was not found`);
}
