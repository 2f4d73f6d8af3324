import type { ProbeRequest } from '../contract-types';

/**
 * `/__admin` requests and request bodies are for taskmock only: anything else may be a real
 * system. Only taskmock's own `/__admin` requests carry a body (the coverage probe's
 * `POST /__admin/faults`, probes/coverage.ts); no probe sends a body to a vendor.
 */
export function isAdminRequest(request: ProbeRequest): boolean {
  return request.path === '/__admin' || request.path.startsWith('/__admin/') || request.path.startsWith('/__admin?') || request.body !== undefined;
}
