import express from 'express';
import type { AddressInfo } from 'node:net';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createAppServer } from './create-app-server';

describe('createAppServer', () => {
  const app = express();
  app.get('/echo', (req, res) => {
    res.status(201).json({ q: req.query['q'], agent: req.get('x-probe'), app: req.app === app });
  });
  const server = createAppServer(app);
  const arrivals: Array<{ req: boolean; res: boolean }> = [];
  // Runs before the app sees the request: what Node itself created.
  server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
    arrivals.push({ req: Object.getPrototypeOf(req) === app.request, res: Object.getPrototypeOf(res) === app.response });
  });
  let base = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it("creates each request and response with the app's own prototypes, before Express sees them", async () => {
    arrivals.length = 0;
    await fetch(`${base}/echo?q=1`);
    await fetch(`${base}/echo?q=2`);
    expect(arrivals).toEqual([
      { req: true, res: true },
      { req: true, res: true },
    ]);
  });

  it('leaves Express working as usual: query, headers, status, json and its 404', async () => {
    const ok = await fetch(`${base}/echo?q=hello`, { headers: { 'x-probe': 'yes' } });
    expect(ok.status).toBe(201);
    expect(await ok.json()).toEqual({ q: 'hello', agent: 'yes', app: true });
    const missing = await fetch(`${base}/nowhere`);
    expect(missing.status).toBe(404);
  });
});
