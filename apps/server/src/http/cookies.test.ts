import { describe, expect, it } from 'vitest';
import type { ServerResponse } from 'node:http';
import {
  PARTICIPANT_COOKIE,
  participantCookiesFor,
  SESSION_COOKIE,
  clearSessionCookieHeader,
  parseCookies,
  sessionCookieHeader,
} from './cookies.js';

describe('parseCookies', () => {
  it('reads name/value pairs, keeping the first of a repeated name', () => {
    expect(parseCookies('a=1; jamsessie_sessie=abc; a=2')).toEqual({
      a: '1',
      jamsessie_sessie: 'abc',
    });
  });

  it('survives malformed input', () => {
    expect(parseCookies('garbage; =x; b=%E0%A4%A; c="quoted"')).toEqual({
      b: '%E0%A4%A',
      c: 'quoted',
    });
    expect(parseCookies(undefined)).toEqual({});
  });
});

describe('session cookie headers', () => {
  const now = new Date('2025-03-03T12:00:00.000Z');
  const expires = new Date('2025-03-17T12:00:00.000Z');

  it('is HttpOnly, SameSite=Lax, Path=/, with an expiry', () => {
    const header = sessionCookieHeader('tok+/=', expires, false, now);
    expect(header.startsWith(`${SESSION_COOKIE}=tok%2B%2F%3D;`)).toBe(true);
    expect(header).toContain('HttpOnly');
    expect(header).toContain('SameSite=Lax');
    expect(header).toContain('Path=/');
    expect(header).toContain('Max-Age=1209600');
    expect(header).toContain('Expires=Mon, 17 Mar 2025 12:00:00 GMT');
    expect(header).not.toContain('Secure');
  });

  it('adds Secure on https, also when clearing', () => {
    expect(sessionCookieHeader('t', expires, true, now)).toContain('; Secure');
    const cleared = clearSessionCookieHeader(true);
    expect(cleared).toContain('Max-Age=0');
    expect(cleared).toContain('; Secure');
    expect(cleared.startsWith(`${SESSION_COOKIE}=;`)).toBe(true);
  });
});

describe('the participant cookie', () => {
  it('is a cookie of its own kind: another name, the same HttpOnly and SameSite=Lax', () => {
    const headers: string[] = [];
    const res = {
      headersSent: false,
      appendHeader: (_name: string, value: string) => headers.push(value),
    } as unknown as ServerResponse;
    const now = new Date('2029-03-01T10:00:00.000Z');
    const cookies = participantCookiesFor(res, { secure: true, now: () => now });
    cookies.setParticipantSession('tok', new Date('2029-03-01T11:00:00.000Z'));
    cookies.clearParticipantSession();
    expect(PARTICIPANT_COOKIE).not.toBe(SESSION_COOKIE);
    expect(headers[0]?.startsWith(`${PARTICIPANT_COOKIE}=tok;`)).toBe(true);
    expect(headers[0]).toContain('HttpOnly; SameSite=Lax; Secure');
    expect(headers[0]).toContain('Max-Age=3600');
    expect(headers[1]?.startsWith(`${PARTICIPANT_COOKIE}=;`)).toBe(true);
    expect(headers[1]).toContain('Max-Age=0');
  });
});
