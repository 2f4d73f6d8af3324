import path from 'node:path';
import { readDataManifest } from '../../../src/fixtures/data-manifest';
import { packageRoot } from '../../../src/package-root';
import { createRng } from '../../../src/runtime/rng';
import { generate } from './generate';
import type { ListItem, LocalizableMessage, LocalizationParam } from '../list-item';
import { LIST, PG, snapserviceApp } from '../test-support/snapservice-test-app';

/** The committed data set's parameters (`taskmock fixtures` defaults): its count and simulated now. */
const manifest = readDataManifest(path.join(packageRoot(), 'fixtures'));
const DEFAULT_COUNT = manifest.counts['snapservice'] ?? 1300;
const make = (seed: number, count = DEFAULT_COUNT) =>
  generate({ rng: createRng(seed), count, now: manifest.now, docExample: () => undefined }).tasks;

/** Every member of a LocalizationParam the spec documents; `l` is a NestedLocalizableMessage {id, params}. */
const PARAM_MEMBERS = ['s', 'dt', 'i', 'd', 'l', 'format', 'precision'];
const HOUR = 3_600_000;

const isDefaultRequest = (t: ListItem) => t.info.service === PG && t.info.status === 'FAILED';
const paramsOf = (message: LocalizableMessage): LocalizationParam[] => Object.values(message.params ?? {});

/** The LocalizationParam members (and `l.id`, `l.params`) the messages' named arguments use. */
function membersUsed(messages: readonly LocalizableMessage[]): Set<string> {
  const used = new Set<string>();
  for (const param of messages.flatMap(paramsOf)) {
    for (const key of Object.keys(param)) used.add(key);
    if (param.l) used.add('l.id').add(Object.keys(param.l.params ?? {}).length > 0 ? 'l.params' : 'l');
  }
  return used;
}

/** What a contract run sees of the default request's answer must show every documented message field. */
function expectEveryMessageField(items: readonly ListItem[]): void {
  expect(items.length).toBeGreaterThan(0);
  const descriptions = items.map((t) => t.info.description);
  const progress = items.flatMap((t) => (t.info.progress ? [t.info.progress.message] : []));
  const errors = items.flatMap((t) => t.info.error?.messages ?? []);
  for (const messages of [descriptions, progress, errors]) {
    expect([...membersUsed(messages)].sort()).toEqual([...PARAM_MEMBERS, 'l.id', 'l.params'].sort());
  }
  expect(progress.some((m) => m.args.length > 0)).toBe(true);
  expect(items.some((t) => t.info.result !== undefined)).toBe(true);
}

describe('snapservice generated data: documented fields', () => {
  // Every fault and step shows up among the failed protection-group tasks of a data set large
  // enough to hold several of each (at 1300 tasks one fault kind may be missing from a seed's few dozen).
  it.each([1, 42])('fills every message field, positional args and a result in the default request of 5000 tasks (seed %i)', (seed) => {
    expectEveryMessageField(make(seed, 5000).filter(isDefaultRequest));
  });

  it('serves them in the answer to the default request (the committed data, over HTTP)', async () => {
    const app = snapserviceApp();
    const headers = await app.login();
    const res = await app.api.get(LIST, app.validators.operation(LIST).defaultRequest ?? '', headers);
    expect(res.status).toBe(200);
    expectEveryMessageField((res.body as { items: ListItem[] }).items);
  });

  describe.each([1, 42, 7])('seed %i', (seed) => {
    const tasks = make(seed);
    const snapshots = tasks.filter((t) => t.info.service === PG && t.info.operation === 'snapshot');

    it('describes each scheduled snapshot with its slot, machines, size and retention as named arguments', () => {
      const scheduled = snapshots.filter((t) => t.info.user === undefined);
      expect(scheduled.length).toBeGreaterThan(100);
      for (const { info } of scheduled) {
        const { description } = info;
        expect(description.id).toBe(`${PG}.snapshot.scheduled`);
        expect(description.args).toEqual([]);
        const { name, time, vm_count: vms, size_gib: size, retention } = description.params ?? {};
        expect(time?.format).toBe('SHORT_DATE_TIME');
        const slot = Date.parse(time?.dt ?? '');
        expect(slot % HOUR).toBe(0);
        if (info.start_time) expect(Date.parse(info.start_time) - slot).toBeLessThan(HOUR);
        expect(vms?.i).toBeGreaterThanOrEqual(2);
        expect(size?.precision).toBe(2);
        expect(size?.d).toBe(Number(size?.d?.toFixed(2)));
        expect(retention?.l?.id).toBe('com.vmware.snapservice.retention.days');
        const days = retention?.l?.params?.['days']?.i ?? 0;
        expect(days).toBeGreaterThan(0);
        for (const text of [`'${name?.s}'`, ` ${vms?.i} virtual machines`, `${size?.d?.toFixed(2)} GiB`, `kept ${days} day`]) {
          expect(description.default_message).toContain(text);
        }
      }
      for (const { info } of snapshots.filter((t) => t.info.user !== undefined)) expect(info.description.id).toBe(`${PG}.snapshot`);
    });

    it('gives a partial result only to group snapshots with work done, while running or failed later', () => {
      for (const { info } of tasks.filter((t) => t.info.status !== 'SUCCEEDED')) {
        const partial = info.service === PG && info.operation === 'snapshot' && (info.progress?.completed ?? 0) > 0;
        const expected = partial && (info.status === 'RUNNING' || info.status === 'FAILED');
        expect(info.result !== undefined).toBe(expected);
        if (expected) expect(info.result).toEqual({ snapshot: expect.any(String) });
      }
      expect(snapshots.some((t) => t.info.status === 'RUNNING' && t.info.result !== undefined)).toBe(true);
    });

    it("puts a fault's own named arguments only on tasks failing with that fault", () => {
      const owner: Record<string, (type: string, operation: string) => boolean> = {
        d: (type) => type === 'UNABLE_TO_ALLOCATE_RESOURCE',
        precision: (type) => type === 'UNABLE_TO_ALLOCATE_RESOURCE',
        i: (type) => type === 'TIMED_OUT',
        dt: (type) => type === 'RESOURCE_BUSY',
        format: (type) => type === 'RESOURCE_BUSY',
        l: (type, operation) => type === 'INVALID_ARGUMENT' && operation === 'update',
      };
      for (const { info } of tasks.filter((t) => t.info.error !== undefined)) {
        const error = info.error;
        if (!error) continue;
        for (const member of membersUsed(error.messages)) {
          const allowed = owner[member];
          if (allowed) expect([member, allowed(error.error_type, info.operation)]).toEqual([member, true]);
        }
        const named = error.messages.flatMap(paramsOf);
        if (error.error_type === 'RESOURCE_BUSY') {
          const since = named.find((p) => p.dt !== undefined);
          expect(Date.parse(since?.dt ?? '')).toBeLessThan(Date.parse(info.start_time ?? ''));
        }
        if (error.error_type === 'INVALID_ARGUMENT' && info.operation === 'update') {
          expect(named.find((p) => p.l)?.l?.params?.['days']?.i).toBeGreaterThan(3 * 365);
        }
      }
    });

    it('shows the step a group snapshot failed at', () => {
      for (const { info } of snapshots.filter((t) => t.info.status === 'FAILED')) {
        const progress = info.progress;
        const message = progress?.message;
        switch (info.error?.error_type) {
          case 'UNABLE_TO_ALLOCATE_RESOURCE':
            expect([message?.id, progress?.completed]).toEqual([`${PG}.snapshot.reserve`, 0]);
            expect(Object.keys(message?.params ?? {}).sort()).toEqual(['datastore', 'size_gib']);
            break;
          case 'RESOURCE_BUSY':
            expect(message?.id).toBe('com.vmware.snapservice.tasks.blocked');
            expect(message?.params?.['since']).toEqual({ dt: info.start_time, format: 'MED_DATE_TIME' });
            break;
          default: {
            expect(message?.id).toBe(`${PG}.snapshot.vms_done`);
            expect(message?.params).toBeUndefined();
            const [done, total] = (message?.args ?? []).map(Number) as [number, number];
            expect(done).toBeLessThan(total);
            expect(progress?.completed).toBe(Math.floor((100 * done) / total));
          }
        }
      }
    });

    it('sends no positional args beside named date, number or nested arguments (vendor: args empty when named)', () => {
      const messages = tasks.flatMap(({ info }) => [info.description, ...(info.progress ? [info.progress.message] : []), ...(info.error?.messages ?? [])]);
      const rich = messages.filter((m) => paramsOf(m).some((p) => p.dt !== undefined || p.d !== undefined || p.l !== undefined));
      expect(rich.length).toBeGreaterThan(0);
      for (const message of rich) expect([message.id, message.args]).toEqual([message.id, []]);
    });
  });
});
