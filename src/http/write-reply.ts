import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { packageVersion } from '../package-version';
import type { BodyMemo } from './body-memo';
import { JsonChunks, JsonText, type Reply } from './reply';

/**
 * taskmock names itself in `Server` (RFC 9110 §10.2.4), as real servers do, so the contract
 * suite can tell it is talking to taskmock (and may use `/__admin`) without asking an
 * unknown system anything. A vendor reply that sets its own `Server` keeps it.
 */
export const SERVER_HEADER = `taskmock/${packageVersion()}`;

/**
 * The one place a response is written: status and all headers in one `writeHead`, then the
 * body as one buffer in one `end` (a reused JsonText's bytes are encoded once, ever; pieces
 * are assembled through the route's BodyMemo when it has one). `common` are the API's headers
 * on every answer (CBR's X-Request-Id), passed apart so no reply is copied to add them.
 */
export function writeReply(res: ServerResponse, reply: Reply, common?: Readonly<Record<string, string>>, bodies?: BodyMemo): void {
  const headers: OutgoingHttpHeaders = {};
  if (reply.headers) for (const name in reply.headers) headers[name.toLowerCase()] = reply.headers[name];
  // The reply's own headers win over the API's common ones (a CBR error already carries its
  // X-Request-Id), and both over the JSON default.
  if (common) for (const name in common) headers[name.toLowerCase()] ??= common[name];
  if (reply.body !== undefined) headers['content-type'] ??= 'application/json';
  headers['server'] ??= SERVER_HEADER;
  if (reply.body === undefined) {
    res.writeHead(reply.status, headers).end();
    return;
  }
  const bytes = bodyBytes(reply.body, bodies);
  headers['content-length'] = bytes.length;
  res.writeHead(reply.status, headers).end(bytes);
}

function bodyBytes(body: unknown, bodies: BodyMemo | undefined): Uint8Array {
  if (body instanceof JsonChunks) return bodies ? bodies.assemble(body.chunks) : Buffer.concat(body.chunks);
  if (body instanceof JsonText) return body.bytes;
  return Buffer.from(JSON.stringify(body), 'utf8');
}
