import type { VendorSettings } from '../../src/dialect';
import { DEMO_PROJECT_ID, DEMO_TOKEN } from './vocabulary';

/** What a user may change about the CBR mock (`taskmock serve` settings, tests). */
export interface CbrSettings {
  /** `X-Auth-Token` values accepted (default: the demo token, decisions.md "Demo tenants"). */
  readonly tokens: ReadonlySet<string>;
  /** Known projects; undefined means the demo project plus every project that has tasks in the data. */
  readonly projects: ReadonlySet<string> | undefined;
}

/** Reads `settings.tokens` and `settings.projects` (lists of strings); anything else is a start-up error. */
export function readCbrSettings(settings: VendorSettings): CbrSettings {
  const tokens = stringList(settings['tokens'], 'tokens') ?? [DEMO_TOKEN];
  const projects = stringList(settings['projects'], 'projects');
  return { tokens: new Set(tokens), projects: projects ? new Set(projects) : undefined };
}

/** The projects the mock answers for when the settings name none. */
export function defaultProjects(projectsWithTasks: Iterable<string>): ReadonlySet<string> {
  return new Set([DEMO_PROJECT_ID, ...projectsWithTasks]);
}

function stringList(value: unknown, name: string): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || !value.every((v): v is string => typeof v === 'string' && v !== '')) {
    throw new Error(`cbr settings: '${name}' must be a list of non-empty strings`);
  }
  return value;
}
