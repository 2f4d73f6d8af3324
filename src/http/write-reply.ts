import type { ServerResponse } from 'node:http';
import { JsonText, type Reply } from './reply';

/** The one place a response is written: status, headers, then the body serialised once. */
export function writeReply(res: ServerResponse, reply: Reply): void {
  res.statusCode = reply.status;
  if (reply.headers) for (const [name, value] of Object.entries(reply.headers)) res.setHeader(name, value);
  if (reply.body === undefined) {
    res.end();
    return;
  }
  const text = reply.body instanceof JsonText ? reply.body.text : JSON.stringify(reply.body);
  if (!res.hasHeader('content-type')) res.setHeader('content-type', 'application/json');
  res.setHeader('content-length', Buffer.byteLength(text));
  res.end(text);
}
