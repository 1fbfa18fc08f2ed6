import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import ipaddr from 'ipaddr.js';

/** How far the server trusts what a reverse proxy writes into forwarded headers. */
export type ProxyTrust = {
  /** True when exactly one trusted reverse proxy sits in front (TRUST_PROXY). */
  readonly trustProxy: boolean;
};

function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The rate-limit key of an address: an IPv4 address as it is, an IPv6 address by its /64
 * network. One IPv6 subscriber is handed a whole /64 and can pick a fresh address from it for
 * every request, so keying per address would give them billions of budgets. An IPv4 address
 * written as IPv6 (`::ffff:1.2.3.4`, how a dual-stack socket reports it) is the IPv4 client.
 *
 * @example clientKeyOfAddress('2001:db8:1:2:aaaa::1') // '2001:db8:1:2::/64'
 */
export function clientKeyOfAddress(address: string): string {
  const trimmed = address.trim();
  if (!ipaddr.isValid(trimmed)) return trimmed;
  const parsed = ipaddr.process(trimmed);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const network = [...(parsed as ipaddr.IPv6).parts.slice(0, 4), 0, 0, 0, 0];
  return `${new ipaddr.IPv6(network).toString()}/64`;
}

/**
 * The client's rate-limit key (see {@link clientKeyOfAddress}). Behind a trusted proxy it is
 * the last entry of X-Forwarded-For: the one that proxy appended. Entries to its left come
 * from the client and can be forged, so they are never used.
 *
 * @example clientKeyOf(req, { trustProxy: false }) // '127.0.0.1'
 */
export function clientKeyOf(req: IncomingMessage, trust: ProxyTrust): string {
  if (trust.trustProxy) {
    const forwarded = firstHeader(req.headers['x-forwarded-for']);
    const last = forwarded
      ?.split(',')
      .map((entry) => entry.trim())
      .filter(Boolean)
      .at(-1);
    if (last) return clientKeyOfAddress(last);
  }
  return clientKeyOfAddress(req.socket.remoteAddress ?? 'unknown');
}

/**
 * Whether `host` (an interface to listen on, or a client address) is this machine
 * (127.0.0.0/8, ::1, localhost). With TRUST_PROXY, listening anywhere wider lets a client
 * that reaches the server directly write its own X-Forwarded-For, and so choose its own
 * rate-limit key.
 *
 * @example isLoopbackHost('127.0.0.1') // true; isLoopbackHost('0.0.0.0') // false
 */
export function isLoopbackHost(host: string): boolean {
  if (host === 'localhost') return true;
  if (!ipaddr.isValid(host)) return false;
  return ipaddr.process(host).range() === 'loopback';
}

/** Whether the request reached us over https (directly, or via a trusted proxy). */
export function isHttps(req: IncomingMessage, trust: ProxyTrust): boolean {
  if ((req.socket as Partial<TLSSocket>).encrypted === true) return true;
  if (!trust.trustProxy) return false;
  const proto = firstHeader(req.headers['x-forwarded-proto'])?.split(',')[0]?.trim();
  return proto === 'https';
}

/**
 * The origin the browser used to reach this server (`http://127.0.0.1:3000`), from the Host
 * header. A browser cannot forge Host on a cross-site request, so this is a safe comparison
 * point for the CSRF check; null when the Host header is missing or malformed.
 */
export function requestOrigin(req: IncomingMessage, trust: ProxyTrust): string | null {
  const forwardedHost = trust.trustProxy ? firstHeader(req.headers['x-forwarded-host']) : undefined;
  const host = (forwardedHost ?? req.headers.host)?.split(',')[0]?.trim();
  if (!host) return null;
  const origin = `${isHttps(req, trust) ? 'https' : 'http'}://${host}`;
  return URL.canParse(origin) ? new URL(origin).origin : null;
}
