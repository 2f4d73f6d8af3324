/** What `filter_name` looks at: a task's `name` and `target`, already in lower case. */
export interface NameFields {
  readonly lowerName: string;
  readonly lowerTarget: string;
}

/** A list as the handlers read it: an array, or a view's merged list (task-list.ts). */
export interface Listing<T> {
  readonly length: number;
  slice(start: number, end: number): readonly T[];
  filter(keep: (task: T) => boolean): readonly T[];
}

/**
 * `filter_name` (decisions; api-facts 1.2 leaves it undocumented): a case-insensitive substring
 * of the Chinese label `name` or the entity name `target`. Empty or absent keeps every task
 * (seed 000's examples send `filter_name=` to mean "no filter"). Returns the input itself when
 * nothing is filtered, so the default request copies nothing.
 */
export function filterByName<T extends NameFields>(tasks: readonly T[], filter: string | undefined): readonly T[];
export function filterByName<T extends NameFields>(tasks: Listing<T>, filter: string | undefined): Listing<T>;
export function filterByName<T extends NameFields>(tasks: Listing<T>, filter: string | undefined): Listing<T> {
  if (!filter) return tasks;
  const needle = filter.toLowerCase();
  return tasks.filter((task) => task.lowerName.includes(needle) || task.lowerTarget.includes(needle));
}
