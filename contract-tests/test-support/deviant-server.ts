import http, { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';

/** One answer as the deviant server is about to send it; a deviation may change any part. */
export interface Answer {
  readonly path: string;
  readonly status: number;
  readonly headers: Record<string, string>;
  /** Parsed JSON, or the raw text when the body is not JSON. */
  readonly body: unknown;
}

/** How a server drifts from its spec: by rewriting what it is asked, what it answers, or both. */
export interface Deviation {
  /** Rewrites the path and query before the honest server sees them (e.g. drops a filter). */
  readonly request?: (path: string) => string;
  readonly response?: (answer: Answer) => Answer;
}

export interface DeviantServer {
  readonly baseUrl: string;
  close(): Promise<void>;
}

/**
 * A real HTTP server that deviates from the specs the way real APIs drift: it forwards each
 * request to the honest in-process mock and rewrites the request or the answer. The contract
 * suite is run against it over HTTP like against any vendor, to prove each check fires.
 */
export async function startDeviantServer(honest: Express, deviation: Deviation): Promise<DeviantServer> {
  const upstream = await listen(http.createServer(honest));
  const upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  const proxy = await listen(
    http.createServer((req, res) => {
      void forward(req, upstreamUrl, deviation).then(
        (answer) => {
          const text = typeof answer.body === 'string' ? answer.body : answer.body === undefined ? '' : JSON.stringify(answer.body);
          const headers = { ...answer.headers, 'content-length': String(Buffer.byteLength(text)) };
          res.writeHead(answer.status, headers).end(text);
        },
        (error: unknown) => res.writeHead(502, { 'content-type': 'text/plain' }).end(String(error)),
      );
    }),
  );
  return {
    baseUrl: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
    close: async () => {
      await Promise.all([close(proxy), close(upstream)]);
    },
  };
}

async function forward(req: http.IncomingMessage, upstreamUrl: string, deviation: Deviation): Promise<Answer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const path = deviation.request ? deviation.request(req.url ?? '/') : (req.url ?? '/');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string' && name !== 'host' && name !== 'content-length') headers[name] = value;
  }
  const upstream = await fetch(`${upstreamUrl}${path}`, {
    method: req.method,
    headers,
    body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
  });
  const text = await upstream.text();
  const answerHeaders: Record<string, string> = {};
  upstream.headers.forEach((value, name) => {
    // A vendor does not name itself taskmock: without `Server`, the suite treats this as any system.
    if (!['content-length', 'connection', 'keep-alive', 'transfer-encoding', 'date', 'server'].includes(name)) answerHeaders[name] = value;
  });
  const answer: Answer = { path, status: upstream.status, headers: answerHeaders, body: parse(text) };
  return deviation.response ? deviation.response(answer) : answer;
}

function parse(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function listen(server: Server): Promise<Server> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
