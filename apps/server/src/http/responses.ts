import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_CALLS_PER_BATCH, formatWait } from '@jamsessie/domain';
import { MAX_BODY_BYTES } from './body-limit.js';

/** Dutch texts of the server's own answers (the apps carry their own texts). */
export const messages = {
  notFound: 'Deze pagina bestaat niet.',
  methodNotAllowed: 'Deze methode is hier niet toegestaan.',
  badRequest: 'Dit verzoek kan de server niet lezen.',
  serverError: 'Er ging iets mis op de server. Probeer het later opnieuw.',
  unavailable: 'De server is even niet bereikbaar. Probeer het later opnieuw.',
  batchTooLarge: `Dit verzoek vraagt te veel tegelijk: stuur hoogstens ${MAX_CALLS_PER_BATCH} vragen per verzoek.`,
  bodyTooLarge: `Dit verzoek is te groot (hoogstens ${MAX_BODY_BYTES / 1_000_000} MB).`,
  readBudgetSpent: (seconds: number) =>
    `Te veel verzoeken vanaf dit adres. Probeer het over ${formatWait(seconds)} opnieuw.`,
} as const;

/** The JSON-RPC error numbers tRPC uses for the refusals the server gives itself. */
const trpcErrorNumbers = {
  403: { code: -32003, name: 'FORBIDDEN' },
  413: { code: -32013, name: 'PAYLOAD_TOO_LARGE' },
  429: { code: -32029, name: 'TOO_MANY_REQUESTS' },
} as const;

/**
 * A refusal of an API request before tRPC saw it (CSRF, batch cap, read budget), in tRPC's
 * own error shape so the apps show its Dutch message like any other API error.
 *
 * @example sendTrpcRefusal(req, res, 413, messages.batchTooLarge);
 */
export function sendTrpcRefusal(
  req: IncomingMessage,
  res: ServerResponse,
  status: keyof typeof trpcErrorNumbers,
  message: string,
): void {
  const { code, name } = trpcErrorNumbers[status];
  sendJson(req, res, status, {
    error: { message, code, data: { code: name, httpStatus: status } },
  });
}

/**
 * Ends a response with a body, or with headers only for HEAD. `Content-Length` is always set,
 * so keep-alive connections know where the answer ends.
 */
export function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: string | Buffer,
): void {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.statusCode = status;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.setHeader('Content-Length', bytes.length);
  res.end(req.method === 'HEAD' ? undefined : bytes);
}

/** A short Dutch plain-text answer (errors, 404s): never a stack trace. */
export function sendText(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  send(
    req,
    res,
    status,
    { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
    `${text}\n`,
  );
}

/** A JSON answer that is never cached (health checks, refusals). */
export function sendJson(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  value: unknown,
): void {
  send(
    req,
    res,
    status,
    { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
    JSON.stringify(value),
  );
}

/** 405 with the methods a resource does allow. */
export function sendMethodNotAllowed(
  req: IncomingMessage,
  res: ServerResponse,
  allow: string,
): void {
  sendText(req, res, 405, messages.methodNotAllowed, { Allow: allow });
}

/**
 * Whether the client takes a gzipped body (`Accept-Encoding: gzip` or `*`, not with `q=0`).
 *
 * @example acceptsGzip(req) // true for 'gzip, deflate, br'
 */
export function acceptsGzip(req: IncomingMessage): boolean {
  const header = req.headers['accept-encoding'];
  if (typeof header !== 'string') return false;
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    const rejected = params.some((param) => /^\s*q=0(\.0*)?\s*$/.test(param));
    return (coding === 'gzip' || coding === '*') && !rejected;
  });
}

/**
 * Whether one of the ETags in an `If-None-Match` header matches. Weak comparison, as RFC 9110
 * prescribes for If-None-Match: `W/"x"` matches `"x"`.
 *
 * @example etagMatches('W/"abc", "def"', ['"abc"']) // true
 */
export function etagMatches(header: string | undefined, etags: readonly string[]): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const sent = header.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
  return etags.some((etag) => sent.includes(etag));
}

/**
 * Sends a generated body with a strong ETag (SHA-256 of the bytes), or 304 without a body
 * when the client already holds that version (`If-None-Match`). For feeds, whose bytes are
 * deterministic for the same data.
 *
 * @example sendWithEtag(req, res, { 'Content-Type': 'text/calendar; charset=utf-8' }, ics);
 */
export function sendWithEtag(
  req: IncomingMessage,
  res: ServerResponse,
  headers: Record<string, string>,
  body: string,
): void {
  const etag = `"${createHash('sha256').update(body).digest('base64url')}"`;
  const all = { ...headers, ETag: etag };
  if (etagMatches(req.headers['if-none-match'], [etag])) {
    res.statusCode = 304;
    for (const [name, value] of Object.entries(all)) res.setHeader(name, value);
    res.end();
    return;
  }
  send(req, res, 200, all, body);
}
