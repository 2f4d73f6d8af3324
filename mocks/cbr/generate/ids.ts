import type { Rng } from '../../../src/runtime/rng';

/** A version-4 UUID drawn from the seeded rng (task, vault, backup and resource ids are UUIDs in CBR). */
export function uuid(rng: Rng): string {
  return `${rng.hex(8)}-${rng.hex(4)}-4${rng.hex(3)}-${rng.pick(['8', '9', 'a', 'b'])}${rng.hex(3)}-${rng.hex(12)}`;
}

/** `extra_info.common.request_id` is `req-<uuid>` in genuine bodies (seed 004 example). */
export function commonRequestId(rng: Rng): string {
  return `req-${uuid(rng)}`;
}
