import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ParticipantCookies, SessionCookies } from '@jamsessie/api';

/** The name of the coordinator's session cookie. */
export const SESSION_COOKIE = 'jamsessie_sessie';

/**
 * The name of a participant's own-page session cookie: a cookie of its own, so a participant
 * session is never read as a coordinator session (nor the other way round).
 */
export const PARTICIPANT_COOKIE = 'jamsessie_deelnemer';

/**
 * Parses a `Cookie` header into name/value pairs. Malformed percent-encoding keeps the raw
 * value (a hostile header must not crash the request); the first occurrence of a name wins,
 * as browsers send the most specific cookie first.
 *
 * @example parseCookies('a=1; jamsessie_sessie=abc') // { a: '1', jamsessie_sessie: 'abc' }
 */
export function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  if (!header) return cookies;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    if (!name || Object.hasOwn(cookies, name)) continue;
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) {
      value = value.slice(1, -1);
    }
    try {
      cookies[name] = decodeURIComponent(value);
    } catch {
      cookies[name] = value;
    }
  }
  return cookies;
}

/** Attributes shared by setting and clearing, so the browser matches both to one cookie. */
function attributes(secure: boolean): string {
  return `Path=/; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}

/**
 * The `Set-Cookie` value that stores a session token until `expiresAt`.
 *
 * @example sessionCookieHeader('tok', new Date('2025-03-17T12:00:00Z'), true)
 * // 'jamsessie_sessie=tok; Path=/; HttpOnly; SameSite=Lax; Secure; Expires=…; Max-Age=…'
 */
export function sessionCookieHeader(
  token: string,
  expiresAt: Date,
  secure: boolean,
  now = new Date(),
  name: string = SESSION_COOKIE,
): string {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000));
  return `${name}=${encodeURIComponent(token)}; ${attributes(secure)}; Expires=${expiresAt.toUTCString()}; Max-Age=${maxAge}`;
}

/** The `Set-Cookie` value that removes the session cookie (signing out). */
export function clearSessionCookieHeader(secure: boolean, name: string = SESSION_COOKIE): string {
  return `${name}=; ${attributes(secure)}; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0`;
}

/** The session token the browser sent (the coordinator's, or the named cookie's), if any. */
export function readSessionToken(
  req: IncomingMessage,
  name: string = SESSION_COOKIE,
): string | null {
  const token = parseCookies(req.headers.cookie)[name];
  return token ? token : null;
}

function appendCookie(res: ServerResponse): (value: string) => void {
  return (value) => {
    // A streamed response may have flushed its headers already; a cookie can no longer be
    // set then, and silently dropping it would sign nobody in: make it loud in the log.
    if (res.headersSent) {
      process.emitWarning('Session cookie not set: response headers were already sent.');
      return;
    }
    res.appendHeader('Set-Cookie', value);
  };
}

/**
 * The API's cookie hooks for one response. The API decides when a session starts or ends;
 * this decides how the cookie looks. Headers are appended, so a batch that both signs out and
 * in again sends both in order (the browser applies the last).
 *
 * @example createContextInner({ ..., cookies: sessionCookiesFor(res, { secure: false, now }) })
 */
export function sessionCookiesFor(
  res: ServerResponse,
  options: { secure: boolean; now: () => Date },
): SessionCookies {
  const append = appendCookie(res);
  return {
    setSession: (token, expiresAt) =>
      append(sessionCookieHeader(token, expiresAt, options.secure, options.now())),
    clearSession: () => append(clearSessionCookieHeader(options.secure)),
  };
}

/**
 * The API's hooks for the participant's own-page cookie ({@link PARTICIPANT_COOKIE}): the same
 * attributes as the coordinator's (HttpOnly, SameSite=Lax, Secure on https), another name.
 *
 * @example createContextInner({ ..., participantCookies: participantCookiesFor(res, { secure, now }) })
 */
export function participantCookiesFor(
  res: ServerResponse,
  options: { secure: boolean; now: () => Date },
): ParticipantCookies {
  const append = appendCookie(res);
  return {
    setParticipantSession: (token, expiresAt) =>
      append(
        sessionCookieHeader(token, expiresAt, options.secure, options.now(), PARTICIPANT_COOKIE),
      ),
    clearParticipantSession: () =>
      append(clearSessionCookieHeader(options.secure, PARTICIPANT_COOKIE)),
  };
}
