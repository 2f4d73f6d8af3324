import type { ProbeRequest } from '../contract-types';

/**
 * The JSON body of a request: only taskmock's own `/__admin` requests have one (the coverage
 * probe's `POST /__admin/faults`, probes/coverage.ts); no probe sends a body to a vendor.
 */
export function bodyOf(request: ProbeRequest): string | undefined {
  return request.body;
}

/** `/__admin` requests and request bodies are for taskmock only: anything else may be a real system. */
export function isAdminRequest(request: ProbeRequest): boolean {
  return request.path === '/__admin' || request.path.startsWith('/__admin/') || request.path.startsWith('/__admin?') || bodyOf(request) !== undefined;
}
