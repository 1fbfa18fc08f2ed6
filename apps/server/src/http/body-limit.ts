import type { IncomingMessage, ServerResponse } from 'node:http';

/** A request body bigger than this is refused: forms and reports fit easily, floods do not. */
export const MAX_BODY_BYTES = 1_000_000;

/** Whether the request says up front (Content-Length) that its body is over the limit. */
export function declaresOversizedBody(req: IncomingMessage): boolean {
  const declared = Number(req.headers['content-length'] ?? 0);
  return Number.isFinite(declared) && declared > MAX_BODY_BYTES;
}

/**
 * Holds every request to the body limit, also where no handler reads the body (a procedure
 * without input, a static file, a feed). Node reads and discards an unread body after the
 * answer, however long the sender keeps sending; this counts what it discards and cuts the
 * connection once that passes the limit. Handlers that read the body (tRPC) enforce the
 * limit themselves while reading.
 *
 * @example limitUnreadBody(req, res); // first thing for every request
 */
export function limitUnreadBody(req: IncomingMessage, res: ServerResponse): void {
  // Before Node's own 'finish' listener: once Node has dumped a body, no 'data' reaches us.
  res.prependOnceListener('finish', () => {
    if (req.complete) return;
    let discarded = 0;
    req.on('data', (chunk: Buffer) => {
      discarded += chunk.length;
      if (discarded > MAX_BODY_BYTES) req.socket.destroy();
    });
    req.resume();
  });
}
