import { applyChange } from './apply-change';
import { checkChange } from './check-change';
import type { Change, ClockMark, DurableLog } from './log-entry';
import type { SimState } from './sim-state';

/**
 * The one writer of the process: every change (admin API, a vendor's own write, an arrival)
 * is made here, one at a time in the order asked. Each is prepared at its turn (so it sees
 * every earlier change), checked (every problem listed, nothing changed if any), written to
 * the state file and fsynced when there is one, then applied. The promise resolves once the
 * change is durable and visible: only then may its request be acknowledged.
 */
export class StateWriter {
  private tail: Promise<unknown> = Promise.resolve();
  private log: DurableLog | undefined;

  constructor(private readonly sim: SimState) {}

  /** From now on every change is on disk before it is applied (serve --state-file). */
  attach(log: DurableLog): void {
    this.log = log;
  }

  get durable(): boolean {
    return this.log !== undefined;
  }

  /** `prepare` runs at the change's turn and may throw ChangeRefused; its result is returned once applied. */
  submit<T>(prepare: () => { readonly change: Change; readonly result: () => T }): Promise<T> {
    const run = async (): Promise<T> => {
      const { change, result } = prepare();
      checkChange(this.sim, change);
      if (this.log) await this.log.append({ change, clock: clockAfter(this.sim, change) });
      applyChange(this.sim, change);
      return result();
    };
    const done = this.tail.then(run);
    this.tail = done.catch(() => undefined);
    return done;
  }

  /** Closes the state file, if any (after `idle`). */
  async close(): Promise<void> {
    await this.log?.close();
    this.log = undefined;
  }

  /** Resolves once every change asked for so far is made (or refused). */
  idle(): Promise<void> {
    return this.tail.then(() => undefined);
  }
}

/** The clock as it will stand once the change is made: where a restart picks it up. */
export function clockAfter(sim: SimState, change: Change): ClockMark {
  const wallAt = Date.now();
  switch (change.kind) {
    case 'clock':
      return { now: change.now, rate: change.rate, wallAt };
    case 'snapshot':
      return { now: Date.parse(change.snapshot.clock.now), rate: change.snapshot.clock.rate, wallAt };
    case 'reset':
      if (change.vendor === undefined) return { now: sim.start.now, rate: sim.start.rate, wallAt };
      return { now: sim.clock.now(), rate: sim.clock.rate, wallAt };
    case 'tasks':
      return { now: sim.clock.now(), rate: sim.clock.rate, wallAt };
  }
}
