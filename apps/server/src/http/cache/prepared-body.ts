import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { acceptsGzip, etagMatches, send } from '../responses.js';

/** A generated body ready to send many times: its bytes, their gzip and a strong ETag. */
export type PreparedBody = {
  readonly body: Buffer;
  /** Gzipped bytes, or null for bodies too small to be worth it. */
  readonly gzip: Buffer | null;
  /** `"<sha-256 of the body, base64url>"`; the gzipped variant adds `-gz`. */
  readonly etag: string;
};

const GZIP_MIN_BYTES = 1024;

/**
 * Does the per-body work once (encoding, hashing, compressing), so a cached render costs
 * nothing but the write on later requests.
 *
 * @example const prepared = prepareBody(renderCalendar(events, options));
 */
export function prepareBody(text: string): PreparedBody {
  const body = Buffer.from(text, 'utf8');
  return {
    body,
    gzip: body.length >= GZIP_MIN_BYTES ? gzipSync(body) : null,
    etag: `"${createHash('sha256').update(body).digest('base64url')}"`,
  };
}

/**
 * Sends a prepared body: gzipped when the client takes it, 304 without a body when the
 * client already holds this version (`If-None-Match`).
 *
 * @example sendPrepared(req, res, { 'Content-Type': 'text/calendar; charset=utf-8' }, prepared);
 */
export function sendPrepared(
  req: IncomingMessage,
  res: ServerResponse,
  headers: Record<string, string>,
  prepared: PreparedBody,
): void {
  const gzip = prepared.gzip && acceptsGzip(req) ? prepared.gzip : null;
  // Each encoding is its own representation, so it gets its own ETag (RFC 9110 §8.8.3).
  const etag = gzip ? `${prepared.etag.slice(0, -1)}-gz"` : prepared.etag;
  const all: Record<string, string> = { ...headers, ETag: etag };
  if (prepared.gzip) all['Vary'] = 'Accept-Encoding';
  if (etagMatches(req.headers['if-none-match'], [etag])) {
    res.statusCode = 304;
    for (const [name, value] of Object.entries(all)) res.setHeader(name, value);
    res.end();
    return;
  }
  if (gzip) all['Content-Encoding'] = 'gzip';
  send(req, res, 200, all, gzip ?? prepared.body);
}
