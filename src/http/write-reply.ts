import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { JsonText, type Reply } from './reply';

/**
 * The one place a response is written: status and all headers in one `writeHead`, then the
 * body as bytes (a reused JsonText's bytes are encoded once, ever).
 */
export function writeReply(res: ServerResponse, reply: Reply): void {
  if (reply.body === undefined) {
    res.writeHead(reply.status, reply.headers as OutgoingHttpHeaders | undefined).end();
    return;
  }
  const bytes = reply.body instanceof JsonText ? reply.body.bytes : Buffer.from(JSON.stringify(reply.body), 'utf8');
  const headers: OutgoingHttpHeaders = { 'content-type': 'application/json', ...lowerCase(reply.headers) };
  headers['content-length'] = bytes.length;
  res.writeHead(reply.status, headers).end(bytes);
}

function lowerCase(headers: Readonly<Record<string, string>> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (headers) for (const name in headers) out[name.toLowerCase()] = headers[name] as string;
  return out;
}
