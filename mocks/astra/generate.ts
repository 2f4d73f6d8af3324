import type { GenerateOptions } from '../../src/dialect';
import type { Rng } from '../../src/runtime/rng';
import { DEMO_ACCOUNT_ID, SECOND_ACCOUNT_ID } from './accounts';
import type { AstraTask, AstraTaskState } from './astra-task';
import { DAY_US, HOUR_US, MINUTE_US, SECOND_US } from './astra-time';
import { playJob } from './job-timeline';
import { makeJob } from './make-job';
import { ACTIVE_STATES, FAMILIES, outcomeWeights, type FamilyDef, type StepDef } from './task-families';
import type { JobResources } from './task-resource';
import { buildTopology, type AccountTopology } from './topology';
import { uuid4 } from './uuid';

/** The seed's 200 example, whose two tasks are kept verbatim (seed 003). */
export const SEED_EXAMPLE_FILE = 'listAstraTasks.200.seed.json';

/** Jobs are spread over the 60 days before "now"; tasks older than 50 days are version "1.0". */
const WINDOW_US = 60 * DAY_US;
const VERSION_11_SINCE_US = 50 * DAY_US;
const EVERY_STATE: readonly AstraTaskState[] = ['failed', 'running', 'cancelled', 'notStarted', 'paused', 'pausing', 'cancelling', 'completed'];

/**
 * The `tasks` fixture: `count` generated tasks (parents with their subtasks, and single tasks),
 * about nine in ten in the demo account and the rest in the second one, plus the seed's two
 * records verbatim, in the default order. Finished work is spread over the last 60 days (ending
 * at least half an hour before `now`); work still going on (running, paused, ...) started
 * shortly before `now`. Everything random comes from `rng`.
 */
export function generate({ rng, count, now, docExample }: GenerateOptions): Record<string, unknown[]> {
  const nowUs = now * 1000;
  const accounts = [
    buildTopology(rng, DEMO_ACCOUNT_ID, { clusters: 3, apps: 8, users: 4 }),
    buildTopology(rng, SECOND_ACCOUNT_ID, { clusters: 2, apps: 3, users: 2 }),
  ];
  const tasks: AstraTask[] = [];
  for (let jobs = 0; tasks.length < count; jobs += 1) {
    // The first jobs take each state in turn, in the demo account, so that it shows every state.
    const forced = EVERY_STATE[jobs];
    const topology = forced || rng.next() < 0.88 ? (accounts[0] as AccountTopology) : (accounts[1] as AccountTopology);
    const families = forced ? FAMILIES.filter((f) => outcomeWeights(f.steering).some(([s]) => s === forced)) : FAMILIES;
    let job = planAndMake(rng, pickFamily(rng, families), topology, nowUs, forced);
    if (job.length > count - tasks.length) job = planAndMake(rng, pickFamily(rng, FAMILIES.filter((f) => f.children.length === 0)), topology, nowUs);
    tasks.push(...job);
  }
  const seed = docExample(SEED_EXAMPLE_FILE) as { items: AstraTask[] };
  const records = [...seed.items, ...tasks];
  records.sort((a, b) => compare(a.metadata.creationTimestamp, b.metadata.creationTimestamp) || compare(a.id, b.id));
  return { tasks: records };
}

function planAndMake(rng: Rng, family: FamilyDef, topology: AccountTopology, nowUs: number, forced?: AstraTaskState): AstraTask[] {
  const app = rng.pick(topology.apps);
  const steps = family.children.filter((s) => !s.hooksOnly || app.hooks);
  const outcome = forced ?? rng.weighted(outcomeWeights(family.steering));
  const durations = (steps.length ? steps : [family.root]).map((s) => duration(rng, s));
  const timeline = playJob(rng, durations, outcome, steps.length > 0);
  const scheduled = rng.next() < family.scheduled;
  const t0Us = placeJob(rng, outcome, scheduled, timeline.root.modifiedUs, nowUs);
  const version = t0Us < nowUs - VERSION_11_SINCE_US ? '1.0' : '1.1';
  const others = topology.clusters.filter((c) => c.id !== app.cluster.id);
  const resources: JobResources = {
    accountId: topology.accountId,
    app,
    snapshotId: uuid4(rng),
    backupId: uuid4(rng),
    mirrorId: uuid4(rng),
    clone: { id: uuid4(rng), namespaceId: uuid4(rng), cluster: others.length ? rng.pick(others) : app.cluster },
  };
  const userId = scheduled ? undefined : rng.pick(topology.users);
  return makeJob(rng, { family, steps, topology, resources, timeline, t0Us, version, userId });
}

/**
 * When the job was created (epoch µs). Work still going on is anchored at "now": its last change
 * happened a little before it (a paused job may have sat for hours). Finished work falls in the
 * window; scheduled work starts a few seconds after the hour, as protection schedules fire.
 */
function placeJob(rng: Rng, outcome: AstraTaskState, scheduled: boolean, lastChangeUs: number, nowUs: number): number {
  if (ACTIVE_STATES.has(outcome)) {
    const idle = outcome === 'paused' ? rng.int(6 * HOUR_US) : outcome === 'notStarted' ? rng.int(10 * MINUTE_US) : rng.int(90 * SECOND_US);
    return nowUs - idle - lastChangeUs - SECOND_US;
  }
  const latest = nowUs - lastChangeUs - 30 * MINUTE_US;
  let t0 = latest - Math.floor(rng.next() * (WINDOW_US - 2 * HOUR_US));
  if (scheduled) t0 = t0 - (t0 % HOUR_US) + 2 * SECOND_US + rng.int(13 * SECOND_US);
  return Math.min(t0, latest);
}

/** Run time between the step's min and max seconds, log-uniform (most runs are short). */
function duration(rng: Rng, step: StepDef): number {
  const [min, max] = step.seconds;
  return Math.floor(min * Math.pow(max / min, rng.next()) * SECOND_US);
}

function pickFamily(rng: Rng, families: readonly FamilyDef[]): FamilyDef {
  return rng.weighted(families.map((f) => [f, f.weight] as const));
}


function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
