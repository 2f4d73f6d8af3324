import { createClock } from './clock';

describe('createClock', () => {
  it('stands still at rate 0 and moves only when told', () => {
    let wall = 1000;
    const clock = createClock({ start: 5000, wall: () => wall });
    wall += 10_000;
    expect(clock.now()).toBe(5000);
    clock.advance(60_000);
    expect(clock.now()).toBe(65_000);
    clock.set(1);
    expect(clock.now()).toBe(1);
  });

  it('follows the wall clock at rate 1 from its start', () => {
    let wall = 1000;
    const clock = createClock({ start: 5000, rate: 1, wall: () => wall });
    wall += 250;
    expect(clock.now()).toBe(5250);
  });
});
