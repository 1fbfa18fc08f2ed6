import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { checkCsrf } from './csrf.js';

function request(headers: Record<string, string>): IncomingMessage {
  return { headers, socket: { remoteAddress: '127.0.0.1' } } as unknown as IncomingMessage;
}

const options = { ownOrigins: ['https://jamsessie.example'], trustProxy: false };
const json = { 'content-type': 'application/json', host: '127.0.0.1:3000' };

describe('checkCsrf', () => {
  it('accepts JSON from a client that names no origin (curl, server-side tools)', () => {
    expect(checkCsrf(request(json), options)).toBeNull();
  });

  it('accepts the configured origin and the origin the browser used (Host)', () => {
    expect(
      checkCsrf(request({ ...json, origin: 'https://jamsessie.example' }), options),
    ).toBeNull();
    expect(checkCsrf(request({ ...json, origin: 'http://127.0.0.1:3000' }), options)).toBeNull();
    expect(
      checkCsrf(request({ ...json, 'content-type': 'application/json; charset=utf-8' }), options),
    ).toBeNull();
  });

  it('refuses other origins, including "null" and another port', () => {
    expect(checkCsrf(request({ ...json, origin: 'https://evil.example' }), options)).toBe(
      'cross-origin',
    );
    expect(checkCsrf(request({ ...json, origin: 'null' }), options)).toBe('cross-origin');
    expect(checkCsrf(request({ ...json, origin: 'http://127.0.0.1:3001' }), options)).toBe(
      'cross-origin',
    );
  });

  it('refuses Sec-Fetch-Site: cross-site even without an Origin', () => {
    expect(checkCsrf(request({ ...json, 'sec-fetch-site': 'cross-site' }), options)).toBe(
      'cross-site',
    );
  });

  it('refuses bodies that a plain HTML form could send', () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) {
      expect(checkCsrf(request({ ...json, 'content-type': type }), options)).toBe('content-type');
    }
    expect(checkCsrf(request({ host: '127.0.0.1:3000' }), options)).toBe('content-type');
  });

  it('trusts X-Forwarded-Host/Proto only behind a trusted proxy', () => {
    const proxied = {
      ...json,
      origin: 'https://public.example',
      'x-forwarded-host': 'public.example',
      'x-forwarded-proto': 'https',
    };
    expect(checkCsrf(request(proxied), options)).toBe('cross-origin');
    expect(checkCsrf(request(proxied), { ...options, trustProxy: true })).toBeNull();
  });
});
