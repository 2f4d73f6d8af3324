import { namedMessage, vapiMessage, type Progress, type VapiError } from '../list-item';
import { dateTimeParam, doubleParam, integerParam, paramsOf, stringParam } from './localization-params';
import { blockedProgress } from './progress-of';
import type { Subject } from './subject';
import type { Failure, FailureContext } from './task-failure';
import type { Rng } from '../../../src/runtime/rng';

const PG = 'com.vmware.snapservice.protection_groups';
const SNAPSHOT_FAILED = vapiMessage(`${PG}.snapshot.failed`, 'Taking the snapshot failed.');
/** Quiescing time-outs in seconds (taskmock's values: the vendor does not publish its own). */
const QUIESCE_SECONDS = [300, 600, 900];

/**
 * Ways a snapshot fails (api-facts 3.4, 7: `error_type` from the vAPI enum, effect then cause,
 * sometimes `@class` and `data`). Each cause message carries its fault's own named arguments:
 * the datastore and its free space, the virtual machine and the time-out, the time since which
 * the machine is busy. Of a protection group's snapshot (`group`) a failure also gives the step
 * the snapshot failed at: reserving space, a later virtual machine (`args`, positional), or the
 * wait for a busy machine. A virtual machine's own snapshot or restore (`vm`) has no such step.
 * Message ids and wording are taskmock's.
 */
type Scope = 'group' | 'vm';

function capacity(scope: Scope): Failure {
  return (s, { rng }) => {
    const datastore = stringParam('vsanDatastore');
    const free = doubleParam(s.sizeGib * (0.05 + 0.5 * rng.next()), 2);
    const error: VapiError = {
      error_type: 'UNABLE_TO_ALLOCATE_RESOURCE',
      messages: [
        SNAPSHOT_FAILED,
        namedMessage(
          'com.vmware.snapservice.vsan.capacity.insufficient',
          `Not enough free capacity on datastore '${datastore.text}': ${free.text} GiB free.`,
          paramsOf({ datastore, free_gib: free }),
        ),
      ],
    };
    if (scope === 'vm') return { error };
    const size = doubleParam(s.sizeGib, 2);
    const message = namedMessage(
      `${PG}.snapshot.reserve`,
      `Reserving ${size.text} GiB of snapshot space on datastore '${datastore.text}'.`,
      paramsOf({ size_gib: size, datastore }),
    );
    return { error, progress: { total: 100, completed: 0, message } };
  };
}

function quiesceTimeout(scope: Scope): Failure {
  return (s, { rng }) => {
    const named = { vm: stringParam(s.vm.name), seconds: integerParam(rng.pick(QUIESCE_SECONDS)) };
    const error: VapiError = {
      error_type: 'TIMED_OUT',
      messages: [
        namedMessage(`${PG}.snapshot.quiesce.timeout`, `Quiescing virtual machine '${named.vm.text}' timed out after ${named.seconds.text} seconds.`, paramsOf(named)),
      ],
    };
    return scope === 'group' ? { error, progress: machinesDone(s, rng) } : { error };
  };
}

function vmBusy(scope: Scope): Failure {
  return (s, { rng, start }: FailureContext) => {
    const named = { vm: stringParam(s.vm.name), since: dateTimeParam(new Date(start - 60_000 - rng.int(30 * 60_000)), 'SHORT_DATE_TIME') };
    const error: VapiError = {
      error_type: 'RESOURCE_BUSY',
      messages: [
        namedMessage(`${PG}.snapshot.vm_busy`, `Virtual machine '${named.vm.text}' is busy with another operation since ${named.since.text}.`, paramsOf(named)),
      ],
    };
    // The snapshot waited (BLOCKED) for the machine and gave up: its last progress is that wait.
    return scope === 'group' ? { error, progress: blockedProgress(new Date(start)) } : { error };
  };
}

function objectInaccessible(scope: Scope): Failure {
  return (s, { rng }) => {
    const error: VapiError = {
      error_type: 'ERROR',
      '@class': 'com.vmware.vapi.std.errors.error',
      messages: [
        SNAPSHOT_FAILED,
        vapiMessage('com.vmware.snapservice.vsan.object.inaccessible', `A vSAN object of virtual machine '${s.vm.name}' is inaccessible.`, [s.vm.name]),
      ],
      data: { type: 'VirtualMachine', id: s.vm.id },
    };
    return scope === 'group' ? { error, progress: machinesDone(s, rng) } : { error };
  };
}

/** A group's snapshot that failed on one of its machines: those before it are done (positional `args`). */
function machinesDone(s: Subject, rng: Rng): Progress {
  const total = s.pg.vmCount;
  const done = rng.int(total);
  return {
    total: 100,
    completed: Math.floor((100 * done) / total),
    message: vapiMessage(`${PG}.snapshot.vms_done`, `Took snapshots of ${done} of ${total} virtual machines.`, [String(done), String(total)]),
  };
}

/** A protection group's scheduled or manual snapshot. */
export const GROUP_SNAPSHOT_FAULTS: readonly Failure[] = [capacity('group'), quiesceTimeout('group'), vmBusy('group'), objectInaccessible('group')];
/** One virtual machine's snapshot under its group's. */
export const VM_SNAPSHOT_FAULTS: readonly Failure[] = [capacity('vm'), quiesceTimeout('vm'), objectInaccessible('vm')];
/** A restore that finds its virtual machine busy. */
export const VM_BUSY: Failure = vmBusy('vm');
