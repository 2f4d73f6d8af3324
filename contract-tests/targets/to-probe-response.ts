import type { ProbeResponse } from '../contract-types';

/**
 * The one way an answer becomes a ProbeResponse, whichever target got it: header names in
 * lower case (several values of one header joined as HTTP allows), the body parsed as JSON
 * when it is JSON, undefined when empty or not JSON (the checks report the raw text then).
 */
export function toProbeResponse(status: number, headers: Iterable<readonly [string, string | readonly string[] | undefined]>, text: string, ms: number): ProbeResponse {
  const lower: Record<string, string> = {};
  for (const [name, value] of headers) {
    if (value === undefined) continue;
    const key = name.toLowerCase();
    const joined = typeof value === 'string' ? value : value.join(', ');
    lower[key] = lower[key] === undefined ? joined : `${lower[key]}, ${joined}`;
  }
  return { status, headers: lower, text, body: parseJson(text), ms };
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
