import { describe, expect, it } from 'vitest';
import {
  hashSessionToken,
  newSessionToken,
  sessionExpiry,
  SESSION_TTL_MS,
} from './session-token.js';

describe('session tokens', () => {
  it('are 32 random bytes in base64url, stored as a SHA-256 hex hash', () => {
    const a = newSessionToken();
    const b = newSessionToken();
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a.token, 'base64url')).toHaveLength(32);
    expect(a.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.tokenHash).toBe(hashSessionToken(a.token));
    expect(a.tokenHash).not.toContain(a.token);
    expect(a.token).not.toBe(b.token);
  });

  it('expire after fourteen days', () => {
    const now = new Date('2025-03-30T00:30:00.000Z');
    expect(SESSION_TTL_MS).toBe(14 * 86_400_000);
    expect(sessionExpiry(now).toISOString()).toBe('2025-04-13T00:30:00.000Z');
  });
});
