import type { IncomingMessage } from 'node:http';
import { requestOrigin, type ProxyTrust } from './request-info.js';

/** Why a state-changing request was refused (for logs and tests; the client sees Dutch). */
export type CsrfRefusal = 'content-type' | 'cross-origin' | 'cross-site';

/** The Dutch message a refused request receives. */
export const CSRF_MESSAGE =
  'Dit verzoek is geweigerd: het kwam niet van deze website of had niet de juiste vorm.';

function isJson(contentType: string | undefined): boolean {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  return mediaType === 'application/json';
}

/**
 * Checks a POST to the API against cross-site request forgery, without tokens:
 * - the body must be `application/json`: an HTML form or a "simple" cross-site fetch cannot
 *   send that type without a CORS preflight, which this server never approves;
 * - when the browser names the origin (`Origin`), it must be this site's own origin, either the
 *   configured public one or the one in the Host header (the address the browser used);
 * - `Sec-Fetch-Site: cross-site` is refused even without an Origin header.
 * Non-browser clients (curl, tests) send neither header and pass on the content type alone:
 * they carry no victim's cookie, so they are no CSRF risk.
 *
 * @example const refusal = checkCsrf(req, { ownOrigins: ['https://jamsessie.example'], trustProxy: false });
 * if (refusal) return refuse(403);
 */
export function checkCsrf(
  req: IncomingMessage,
  options: ProxyTrust & { ownOrigins: readonly string[] },
): CsrfRefusal | null {
  if (!isJson(req.headers['content-type'])) return 'content-type';
  if (req.headers['sec-fetch-site'] === 'cross-site') return 'cross-site';
  const origin = req.headers.origin;
  if (origin === undefined) return null;
  const allowed = new Set(options.ownOrigins);
  const own = requestOrigin(req, options);
  if (own) allowed.add(own);
  return allowed.has(origin) ? null : 'cross-origin';
}
