import type { Express } from 'express';
import request from 'supertest';
import type { ProbeRequest, Target } from '../contract-types';
import { toProbeResponse } from './to-probe-response';

/**
 * The mock itself, in this process, through supertest: real HTTP on a loopback port, no
 * budget or rate limit (nothing real is at risk), and a target that may use `/__admin` (a
 * request's `body`, see request-body.ts, is forwarded).
 */
export function inProcessTarget(app: Express, name = 'taskmock (in-process)'): Target {
  return {
    name,
    stateful: true,
    isTaskmock: true,
    async send(probe: ProbeRequest) {
      const started = performance.now();
      let call = probe.method === 'GET' ? request(app).get(probe.path) : probe.method === 'DELETE' ? request(app).delete(probe.path) : request(app).post(probe.path);
      for (const [header, value] of Object.entries(probe.headers)) call = call.set(header, value);
      const body = probe.body;
      if (body !== undefined) call = call.send(body);
      // The raw text, whatever the Content-Type: the checks parse and judge it themselves.
      const res = await call.buffer(true).parse((response, done) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => done(null, text));
      });
      const headers = Object.entries(res.headers as Record<string, string | string[] | undefined>);
      return toProbeResponse(res.status, headers, typeof res.body === 'string' ? res.body : res.text, performance.now() - started);
    },
  };
}
