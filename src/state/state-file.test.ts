import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClock } from '../runtime/clock';
import { createRng } from '../runtime/rng';
import { testAdminValidators, testValidators } from '../testing/create-test-app';
import { createSimState } from './sim-state';
import { openStateFile } from './state-file';

const NOW = Date.UTC(2021, 7, 31, 8, 20);
const newSim = () =>
  createSimState({ dialects: [], validators: testValidators(), adminValidators: testAdminValidators(), dataSet: { dir: '', now: NOW, seed: 1 }, clock: createClock({ start: NOW }), rng: createRng(1) });
const tempFile = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'taskmock-state-')), 'state.ndjson');

async function moveClock(file: string, moves: number[]) {
  const sim = newSim();
  const { log } = await openStateFile(file, sim);
  sim.writer.attach(log);
  for (const ms of moves) await sim.writer.submit(() => ({ change: { kind: 'clock', now: sim.clock.now() + ms, rate: 0 }, result: () => undefined }));
  await sim.writer.close();
  return sim.clock.now();
}

describe('openStateFile', () => {
  it('keeps every acknowledged change across a restart, folded into one snapshot line at start-up', async () => {
    const file = tempFile();
    expect(await moveClock(file, [60_000, 60_000])).toBe(NOW + 120_000);
    expect(fs.readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(3);
    const sim = newSim();
    const { report } = await openStateFile(file, sim);
    expect(report).toMatchObject({ replayed: 3, droppedTornEntry: undefined, clock: { now: NOW + 120_000, rate: 0 } });
    expect(fs.readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(1);
  });

  it('drops a last entry cut short by a crash, and says so', async () => {
    const file = tempFile();
    await moveClock(file, [60_000]);
    fs.appendFileSync(file, '{"change":{"kind":"clock","now":16304');
    const { report } = await openStateFile(file, newSim());
    expect(report.droppedTornEntry).toMatch(/state\.ndjson:3: a last entry cut short/);
    expect(report.clock?.now).toBe(NOW + 60_000);
  });

  it('refuses to start on a corrupt entry, naming the file and the line', async () => {
    const file = tempFile();
    await moveClock(file, [60_000]);
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    fs.writeFileSync(file, [lines[0], '{"change": 42}', lines[1], ''].join('\n'));
    await expect(openStateFile(file, newSim())).rejects.toThrow(`${file}:2: not a taskmock state entry`);
  });

  it('refuses a change the data set cannot take (a clock the APIs cannot render), naming the line', async () => {
    const file = tempFile();
    fs.writeFileSync(file, `${JSON.stringify({ change: { kind: 'clock', now: -1e20, rate: 0 }, clock: { now: NOW, rate: 0, wallAt: 0 } })}\n`);
    await expect(openStateFile(file, newSim())).rejects.toThrow(`${file}:1: cannot be applied`);
  });
});
