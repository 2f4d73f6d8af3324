import { createRng, type Rng } from '../runtime/rng';
import type { SimState } from './sim-state';

/** At most this many arrivals per vendor per tick: a clock moved by a day does not flood the store. */
const MOST_PER_TICK = 20;

interface Schedule {
  readonly vendor: string;
  /** Mean simulated ms between two arrivals; Infinity when off. */
  readonly meanGapMs: number;
  rng: Rng;
  nextAt: number;
}

/**
 * New tasks arriving while the clock runs, at each vendor's rate (a Poisson process drawn
 * from the seed, so the same seed gives the same arrivals). They are ordinary writes through
 * the one writer, so they show in the admin API and the state file like any other task. Off
 * while the clock is frozen: moving a frozen clock brings no arrivals.
 */
export class Arrivals {
  private schedules: Schedule[] = [];

  constructor(
    private readonly sim: SimState,
    /** Vendor key → arrivals per simulated hour (0: none). */
    private readonly perHour: ReadonlyMap<string, number>,
  ) {
    this.reset(sim.clock.now());
  }

  /** Starts every schedule again from `now`, from the seed. */
  reset(now: number): void {
    this.schedules = [...this.sim.vendors.keys()].map((vendor, i) => {
      const rate = this.perHour.get(vendor) ?? 0;
      const schedule: Schedule = { vendor, meanGapMs: rate > 0 ? 3_600_000 / rate : Number.POSITIVE_INFINITY, rng: createRng(this.sim.dataSet.seed * 31 + i + 1), nextAt: now };
      schedule.nextAt = now + gap(schedule);
      return schedule;
    });
  }

  /** Makes the arrivals due by now (called by a timer under `serve`); resolves when they are written. */
  async tick(): Promise<number> {
    const { clock } = this.sim;
    const now = clock.now();
    let made = 0;
    for (const schedule of this.schedules) {
      if (!Number.isFinite(schedule.meanGapMs)) continue;
      if (clock.rate === 0) {
        schedule.nextAt = Math.max(schedule.nextAt, now);
        continue;
      }
      for (let n = 0; schedule.nextAt <= now && n < MOST_PER_TICK; n += 1) {
        await this.arrive(schedule, schedule.nextAt);
        schedule.nextAt += gap(schedule);
        made += 1;
      }
      if (schedule.nextAt <= now) schedule.nextAt = now + gap(schedule);
    }
    return made;
  }

  private arrive(schedule: Schedule, at: number): Promise<void> {
    const vendor = this.sim.vendors.get(schedule.vendor);
    if (!vendor) return Promise.resolve();
    const model = vendor.dialect.tasks;
    return this.sim.writer.submit(() => {
      const { task, run } = model.arrival(at, schedule.rng);
      const stored = model.complete({ task, tenant: undefined, run: { ...run, queuedAt: at }, now: at, rng: schedule.rng });
      return { change: { kind: 'tasks', vendor: schedule.vendor, writes: [{ kind: 'put', task: stored }] }, result: () => undefined };
    });
  }
}

/** An exponential gap: arrivals as a Poisson process. */
function gap(schedule: Schedule): number {
  return Math.max(1, Math.round(-Math.log(1 - schedule.rng.next()) * schedule.meanGapMs));
}
