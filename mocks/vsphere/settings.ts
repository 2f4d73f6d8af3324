import type { VendorSettings } from '../../src/dialect';

/** The demo tenant: seed 000's own vsphere_uuid, so its example requests work as printed (decisions). */
export const DEMO_VSPHERE_UUID = 'e0fd06e7-b891-4fca-ad56-e36981bee2a3';

/** What a user may change for this API (decisions: "all are settings"). */
export interface VsphereSettings {
  /** The one vSphere the platform manages; any other well-formed uuid is scode 404. */
  readonly vsphereUuid: string;
  /** When set, every request must send `Authorization: Bearer <token>` (decisions: optional token). */
  readonly token: string | undefined;
  /** Send the scode as the HTTP status instead of 200 (decisions: "mirror the class as the HTTP status"). */
  readonly mirrorStatus: boolean;
  /** How long a finished task stays in `root_recent` (vCenter: 10 minutes; api-facts 1.6, 1.8). */
  readonly recentWindowMs: number;
}

/** Reads and checks the settings once, at start-up: a wrong type fails there, not per request. */
export function readSettings(raw: VendorSettings): VsphereSettings {
  const uuid = raw['vsphereUuid'] ?? DEMO_VSPHERE_UUID;
  const token = raw['token'];
  const mirror = raw['mirrorStatus'] ?? false;
  const minutes = raw['recentMinutes'] ?? 10;
  if (typeof uuid !== 'string' || uuid === '') throw new Error('vsphere setting vsphereUuid must be a non-empty string');
  if (token !== undefined && (typeof token !== 'string' || token === '')) throw new Error('vsphere setting token must be a non-empty string');
  if (typeof mirror !== 'boolean' && mirror !== 'true' && mirror !== 'false') throw new Error('vsphere setting mirrorStatus must be true or false');
  if (typeof minutes !== 'number' || !(minutes >= 0)) throw new Error('vsphere setting recentMinutes must be a number of minutes >= 0');
  return {
    vsphereUuid: uuid.toLowerCase(),
    token,
    mirrorStatus: mirror === true || mirror === 'true',
    recentWindowMs: minutes * 60_000,
  };
}
