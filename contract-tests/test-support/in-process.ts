import type { VendorSettings } from '../../src/dialect';
import { createTestApp } from '../../src/testing/create-test-app';
import { dialects } from '../../mocks';
import type { ProbeRequest, ProbeResponse, Target } from '../contract-types';
import { loadCredentials } from '../credentials';
import { inProcessTarget } from '../targets/in-process-target';

/**
 * The in-process mock for the probe and runner tests: every API on the committed data set,
 * the file's one shared set of compiled validators, demo credentials from the specs
 * (`x-taskmock-demo`, no environment), and the real in-process target.
 */
export function inProcessMock(settings?: Readonly<Record<string, VendorSettings>>) {
  const { app, validators } = createTestApp({ dialects, settings });
  const credentials = loadCredentials({ validators, env: {} });
  return { app, validators, credentials, target: inProcessTarget(app) };
}

/** A target that passes every request through `rewrite` and every answer through `answer`: drift on demand. */
export function tamperedTarget(
  inner: Target,
  tamper: { rewrite?: (request: ProbeRequest) => ProbeRequest; answer?: (request: ProbeRequest, response: ProbeResponse) => ProbeResponse },
): Target {
  return {
    ...inner,
    name: `${inner.name}, tampered`,
    async send(probe) {
      const response = await inner.send(tamper.rewrite ? tamper.rewrite(probe) : probe);
      return tamper.answer ? tamper.answer(probe, response) : response;
    },
  };
}

/** The answer with its body replaced (the text follows, as a real server would have sent it). */
export function withBody(response: ProbeResponse, body: unknown): ProbeResponse {
  return { ...response, body, text: JSON.stringify(body) };
}
