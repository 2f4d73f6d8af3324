import { namedMessage, type LocalizableMessage } from '../list-item';
import { dateTimeParam, doubleParam, integerParam, paramsOf, retentionParam, stringParam } from './localization-params';
import type { Subject } from './subject';

const PG = 'com.vmware.snapservice.protection_groups';

/**
 * The description of a snapshot the protection group's schedule took (no user): the spec's
 * MixedStatusTasks example describes one with named arguments, a nested retention message (`l`)
 * and the group's size (`d` with `precision` 2); taskmock adds the schedule's slot (`dt` with
 * `format`) and the number of virtual machines (`i`). Named arguments only, so `args` is empty
 * (LocalizableMessage). The message id and wording are taskmock's.
 */
export function scheduledSnapshotMessage(s: Subject, scheduledAt: number): LocalizableMessage {
  const named = {
    name: stringParam(s.pg.name),
    time: dateTimeParam(new Date(scheduledAt), 'SHORT_DATE_TIME'),
    vm_count: integerParam(s.pg.vmCount),
    size_gib: doubleParam(s.sizeGib, 2),
    retention: retentionParam(s.pg.retentionDays),
  };
  const { name, time, vm_count: vms, size_gib: size, retention } = named;
  return namedMessage(
    `${PG}.snapshot.scheduled`,
    `Scheduled snapshot of protection group '${name.text}' for ${time.text}: ${vms.text} virtual machines, ${size.text} GiB, kept ${retention.text}.`,
    paramsOf(named),
  );
}
