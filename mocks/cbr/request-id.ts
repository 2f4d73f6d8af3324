import type { Rng } from '../../src/runtime/rng';

/**
 * A request id as Huawei's gateway and CBR send it in `X-Request-Id`: 32 lowercase hex
 * characters (api-facts 5.1 and 7; specs/cbr.yaml `XRequestId`), drawn from the app's seeded rng.
 */
export function newRequestId(rng: Rng): string {
  return rng.hex(32);
}

export const REQUEST_ID_HEADER = 'X-Request-Id';
