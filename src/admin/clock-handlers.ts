import type { Reply } from '../http/reply';
import type { Clock } from '../runtime/clock';
import { ChangeRefused } from '../state/change-refused';
import { isRenderableTime } from '../state/run';
import type { AdminHandler } from './admin-handler';

interface ClockChange {
  readonly advanceMs?: number;
  readonly set?: string;
  readonly rate?: number;
}

export function clockBody(clock: Clock): { now: string; rate: number } {
  return { now: new Date(clock.now()).toISOString(), rate: clock.rate };
}

/** `GET /__admin/clock`. */
export const getClock: AdminHandler = ({ sim }): Reply => ({ status: 200, body: clockBody(sim.clock) });

/**
 * `POST /__admin/clock`: where the clock would stand is worked out at the change's turn and
 * checked before anything moves: `{"advanceMs": 1e308}` or a year the APIs cannot print is
 * refused whole (check-change.ts), where it used to be applied and then break every answer.
 */
export const changeClock: AdminHandler = async ({ sim, body }) => {
  const input = body as ClockChange;
  await sim.writer.submit(() => {
    const now = sim.clock.now();
    const target = input.set !== undefined ? Date.parse(input.set) : now + (input.advanceMs ?? 0);
    if (!isRenderableTime(target)) {
      const pointer = input.set !== undefined ? '/set' : '/advanceMs';
      throw new ChangeRefused('the clock would leave the times the APIs can render', [{ pointer, message: `puts the clock at ${Number.isFinite(target) ? target : String(target)} ms, outside 1970-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z` }]);
    }
    return { change: { kind: 'clock', now: target, rate: input.rate ?? sim.clock.rate }, result: () => undefined };
  });
  return { status: 200, body: clockBody(sim.clock) };
};
