import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { BudgetExceeded, isTargetError, RequestRefused, TargetTimeout, TargetUnreachable } from './target-error';
import { InvalidBaseUrl, urlTarget } from './url-target';

/** A real listening server: records when each request arrived and answers as the path says. */
function startServer() {
  const arrivals: Array<{ path: string; at: number; headers: http.IncomingHttpHeaders; body: string }> = [];
  const server = http.createServer((req, res) => {
    const arrival = { path: req.url ?? '', at: Date.now(), headers: req.headers, body: '' };
    arrivals.push(arrival);
    req.on('data', (chunk: Buffer) => (arrival.body += chunk.toString()));
    if (req.url?.startsWith('/never')) return; // never answers: the timeout case
    if (req.url?.startsWith('/text')) {
      res.writeHead(500, { 'Content-Type': 'text/plain', 'X-Request-Id': 'abc' }).end('oops');
      return;
    }
    if (req.url?.startsWith('/impostor')) {
      res.writeHead(200, { 'Content-Type': 'application/json', Server: 'nginx/1.25 taskmock/0.1.0' }).end('{}');
      return;
    }
    if (req.url?.startsWith('/named')) {
      res.writeHead(200, { 'Content-Type': 'application/json', Server: 'taskmock/0.1.0' }).end('{}');
      return;
    }
    if (req.url?.startsWith('/moved')) {
      res.writeHead(302, { Location: 'http://elsewhere.invalid/' }).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/json', 'X-Request-Id': 'abc' }).end(JSON.stringify({ path: req.url }));
  });
  return new Promise<{ base: string; arrivals: typeof arrivals; close: () => Promise<void> }>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        base: `http://127.0.0.1:${port}`,
        arrivals,
        close: () => new Promise((done) => {
          server.closeAllConnections();
          server.close(() => done());
        }),
      });
    });
  });
}

let server: Awaited<ReturnType<typeof startServer>>;
beforeEach(async () => {
  server = await startServer();
});
afterEach(() => server.close());

const get = (path: string, headers: Record<string, string> = {}) => ({ method: 'GET' as const, path, headers });

describe('urlTarget', () => {
  it('sends the request under the base URL and parses a JSON answer, header names lower-cased', async () => {
    const target = urlTarget(`${server.base}/prefix/`, { budget: 5, ratePerSecond: 0, timeoutMs: 2000 });
    const res = await target.send(get('/tasks?limit=2', { Authorization: 'Bearer t' }));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ path: '/prefix/tasks?limit=2' });
    expect(res.headers['x-request-id']).toBe('abc');
    expect(res.headers['content-type']).toBe('application/json');
    expect(server.arrivals[0]?.headers['authorization']).toBe('Bearer t');
    expect(target).toMatchObject({ name: `${server.base}/prefix`, stateful: true, isTaskmock: false, sent: 1 });
  });

  it('keeps a body that is not JSON as text, with body undefined', async () => {
    const res = await urlTarget(server.base, { budget: 5, ratePerSecond: 0, timeoutMs: 2000 }).send(get('/text'));
    expect({ status: res.status, text: res.text, body: res.body }).toEqual({ status: 500, text: 'oops', body: undefined });
  });

  it('does not follow a redirect: the 3xx is the answer', async () => {
    const res = await urlTarget(server.base, { budget: 5, ratePerSecond: 0, timeoutMs: 2000 }).send(get('/moved'));
    expect(res.status).toBe(302);
    expect(server.arrivals).toHaveLength(1);
  });

  it('throws BudgetExceeded, without sending, once the budget is spent', async () => {
    const target = urlTarget(server.base, { budget: 2, ratePerSecond: 0, timeoutMs: 2000 });
    await target.send(get('/a'));
    await target.send(get('/b'));
    const error = await target.send(get('/c')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BudgetExceeded);
    expect(isTargetError(error, 'budget-exceeded')).toBe(true);
    expect(server.arrivals.map((a) => a.path)).toEqual(['/a', '/b']);
    expect(target.sent).toBe(2);
  });

  it('spaces requests to the rate, also when they are sent at once', async () => {
    const target = urlTarget(server.base, { budget: 10, ratePerSecond: 20, timeoutMs: 2000 });
    const started = Date.now();
    await Promise.all(['/1', '/2', '/3', '/4'].map((p) => target.send(get(p))));
    // 4 starts at 20/s need at least 3 intervals of 50 ms; loose bound, and arrival order kept.
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(server.arrivals.map((a) => a.path)).toEqual(['/1', '/2', '/3', '/4']);
    const at = server.arrivals.map((a) => a.at);
    expect(at.every((t, i) => i === 0 || t >= (at[i - 1] ?? 0))).toBe(true);
    expect((at[3] ?? 0) - (at[0] ?? 0)).toBeGreaterThanOrEqual(120);
  });

  it('throws a TargetTimeout quickly when the server never answers', async () => {
    const target = urlTarget(server.base, { budget: 5, ratePerSecond: 0, timeoutMs: 150 });
    const started = Date.now();
    const error = await target.send(get('/never')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TargetTimeout);
    expect(isTargetError(error, 'timeout')).toBe(true);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('throws TargetUnreachable, redacted, when nothing listens', async () => {
    const closed = server.base;
    await server.close();
    const target = urlTarget(closed, { budget: 5, ratePerSecond: 0, timeoutMs: 2000, secrets: () => ['s3cret-token'] });
    const error = await target.send(get('/x?token=s3cret-token')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TargetUnreachable);
    expect((error as Error).message).toContain('ECONNREFUSED');
    expect((error as Error).message).toContain('/x?token=***');
    expect((error as Error).message).not.toContain('s3cret-token');
    server = await startServer(); // afterEach closes it again
  });

  it('refuses /__admin and request bodies unless the target is declared taskmock, without sending or counting them', async () => {
    const target = urlTarget(server.base, { budget: 5, ratePerSecond: 0, timeoutMs: 2000 });
    const admin = await target.send(get('/__admin/clock')).catch((e: unknown) => e);
    expect(admin).toBeInstanceOf(RequestRefused);
    expect(isTargetError(admin, 'refused')).toBe(true);
    const withBody = { method: 'POST' as const, path: '/api/session', headers: {}, body: '{}' };
    expect(isTargetError(await target.send(withBody).catch((e: unknown) => e), 'refused')).toBe(true);
    expect(server.arrivals).toEqual([]);
    expect(target.sent).toBe(0);
  });

  it('forwards a body to a target declared taskmock', async () => {
    const target = urlTarget(server.base, { budget: 5, ratePerSecond: 0, timeoutMs: 2000, taskmock: true });
    const arm = { method: 'POST' as const, path: '/__admin/faults', headers: { 'content-type': 'application/json' }, body: '{"status":429}' };
    expect((await target.send(arm)).status).toBe(200);
    expect(server.arrivals[0]).toMatchObject({ path: '/__admin/faults', body: '{"status":429}' });
  });

  it('becomes taskmock once an ordinary answer names it in Server, and never asks to find out', async () => {
    const target = urlTarget(server.base, { budget: 5, ratePerSecond: 0, timeoutMs: 2000 });
    expect(target.isTaskmock).toBe(false);
    await target.send(get('/plain'));
    await target.send(get('/impostor'));
    expect(target.isTaskmock).toBe(false);
    await target.send(get('/named'));
    expect(target.isTaskmock).toBe(true);
    expect(server.arrivals.map((a) => a.path)).toEqual(['/plain', '/impostor', '/named']);
    const arm = { method: 'POST' as const, path: '/__admin/faults', headers: {}, body: '{}' };
    expect((await target.send(arm)).status).toBe(200);
  });

  it('is taskmock only when told so, and refuses base URLs it cannot print safely', () => {
    expect(urlTarget(server.base, { budget: 1, ratePerSecond: 0, timeoutMs: 1, taskmock: true }).isTaskmock).toBe(true);
    for (const bad of ['http://user:pw@host.example', 'ftp://host.example', 'not a url', 'https://h.example/?token=x']) {
      expect(() => urlTarget(bad, { budget: 1, ratePerSecond: 0, timeoutMs: 1 })).toThrow(InvalidBaseUrl);
    }
  });
});
