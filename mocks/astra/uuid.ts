import type { Rng } from '../../src/runtime/rng';

/** A lower-case RFC 4122 version-4 UUID from the seeded source (type_astra_identifier). */
export function uuid4(rng: Rng): string {
  const variant = '89ab'[rng.int(4)] ?? '8';
  return `${rng.hex(8)}-${rng.hex(4)}-4${rng.hex(3)}-${variant}${rng.hex(3)}-${rng.hex(12)}`;
}
