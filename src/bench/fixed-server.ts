import express from 'express';
import fs from 'node:fs';
import http from 'node:http';
import { createAppServer } from '../server/create-app-server';

/**
 * A server that answers one path with fixed bytes, for the benchmark's baselines:
 * `node fixed-server.js <express|express-served|http> <port> <path> <status> <content-type> <body-file>`.
 * `express` is the floor Express 5 itself sets (one precomputed route, `app.listen`);
 * `express-served` is the same app served as taskmock serves its own (createAppServer: requests
 * born with the app's prototypes), the floor taskmock's own logic adds to; `http` is the limit
 * (bare node:http). All send exactly the bytes taskmock sends for the same request.
 */
function main(): void {
  const [kind, portText, path, statusText, contentType, bodyFile] = process.argv.slice(2);
  if (!kind || !portText || !path || !statusText || !contentType || !bodyFile) {
    throw new Error('usage: fixed-server <express|express-served|http> <port> <path> <status> <content-type> <body-file>');
  }
  const body = fs.readFileSync(bodyFile);
  const status = Number(statusText);
  const headers = { 'content-type': contentType, 'content-length': String(body.length) };
  const port = Number(portText);
  if (kind === 'express' || kind === 'express-served') {
    const app = express();
    app.disable('x-powered-by');
    app.set('etag', false);
    app.get(path, (_req, res) => {
      res.writeHead(status, headers).end(body);
    });
    const server = kind === 'express' ? app : createAppServer(app);
    server.listen(port, '127.0.0.1', () => console.log('listening'));
  } else {
    http
      .createServer((req, res) => {
        if (req.url === path || req.url?.startsWith(`${path}?`)) res.writeHead(status, headers).end(body);
        else res.writeHead(404).end();
      })
      .listen(port, '127.0.0.1', () => console.log('listening'));
  }
}

main();
