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

  it('keys an IPv6 client by its /64 and an IPv4 client by its address', () => {
    const one = clientKeyOf(request({}, '2001:db8:1:2:aaaa:bbbb:cccc:1'), { trustProxy: false });
    const sameNetwork = clientKeyOf(request({}, '2001:0db8:0001:0002::ffff'), {
      trustProxy: false,
    });
    const otherNetwork = clientKeyOf(request({}, '2001:db8:1:3::1'), { trustProxy: false });
    expect(one).toBe('2001:db8:1:2::/64');
    expect(sameNetwork).toBe(one);
    expect(otherNetwork).not.toBe(one);
    expect(clientKeyOf(request({}, '::ffff:192.0.2.9'), { trustProxy: false })).toBe('192.0.2.9');
    expect(clientKeyOf(request({}, '192.0.2.9'), { trustProxy: false })).not.toBe(
      clientKeyOf(request({}, '192.0.2.10'), { trustProxy: false }),
    );
    const proxied = request({ 'x-forwarded-for': '2001:db8:9:9:1::5' });
    expect(clientKeyOf(proxied, { trustProxy: true })).toBe('2001:db8:9:9::/64');
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
