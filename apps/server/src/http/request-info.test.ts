import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientKeyOf, isHttps, requestOrigin } from './request-info.js';

function request(headers: Record<string, string>, remoteAddress = '10.0.0.5'): IncomingMessage {
  return { headers, socket: { remoteAddress } } as unknown as IncomingMessage;
}

describe('clientKeyOf', () => {
  const forwarded = { 'x-forwarded-for': '6.6.6.6, 203.0.113.7' };

  it('uses the socket address unless a proxy is trusted', () => {
    expect(clientKeyOf(request(forwarded), { trustProxy: false })).toBe('10.0.0.5');
  });

  it('behind a trusted proxy, uses the entry that proxy appended (the last one)', () => {
    expect(clientKeyOf(request(forwarded), { trustProxy: true })).toBe('203.0.113.7');
    expect(clientKeyOf(request({}), { trustProxy: true })).toBe('10.0.0.5');
  });
});

describe('isHttps and requestOrigin', () => {
  it('believes X-Forwarded-Proto only with a trusted proxy', () => {
    const req = request({ host: 'a.example', 'x-forwarded-proto': 'https' });
    expect(isHttps(req, { trustProxy: false })).toBe(false);
    expect(isHttps(req, { trustProxy: true })).toBe(true);
    expect(requestOrigin(req, { trustProxy: false })).toBe('http://a.example');
    expect(requestOrigin(req, { trustProxy: true })).toBe('https://a.example');
  });

  it('gives null for a missing or malformed Host', () => {
    expect(requestOrigin(request({}), { trustProxy: false })).toBeNull();
    expect(requestOrigin(request({ host: 'bad host/' }), { trustProxy: false })).toBeNull();
  });
});
