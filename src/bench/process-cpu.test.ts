import { processCpuMicros } from './process-cpu';

describe('processCpuMicros', () => {
  it('reads a live process, and grows as it works', () => {
    const before = processCpuMicros(process.pid);
    expect(Number.isFinite(before)).toBe(true);
    // Busy until the kernel has counted a tick more (10 ms), or 5 s of wall time have passed.
    const until = Date.now() + 5000;
    while (processCpuMicros(process.pid) <= before && Date.now() < until);
    expect(processCpuMicros(process.pid)).toBeGreaterThan(before);
  });

  it('is NaN for no process or one that does not exist', () => {
    expect(processCpuMicros(undefined)).toBeNaN();
    expect(processCpuMicros(2 ** 30)).toBeNaN();
  });
});
