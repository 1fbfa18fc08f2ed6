import { databaseKindsUnderTest } from '@jamsessie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startResilienceServer, type ResilienceServer } from './resilience-server.testing.js';
import { callProcedure, trpcError } from './trpc-http.client.js';

/** Two clients behind the trusted proxy, told apart by `X-Forwarded-For`. */
const guesser = { 'X-Forwarded-For': '127.20.0.1' };
const owner = { 'X-Forwarded-For': '127.20.0.2' };

describe.each(databaseKindsUnderTest())('the sign-in throttle over HTTP on %s', (kind) => {
  let s: ResilienceServer;

  beforeAll(async () => {
    s = await startResilienceServer(kind, { trustProxy: true });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('slows the client that guesses and lets the owner in from elsewhere', async () => {
    const { email } = s.accounts.coordinator.user;
    const login = (headers: Record<string, string>, password: string) =>
      callProcedure(s.server.baseUrl, 'auth.login', 'mutation', { email, password }, { headers });
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect((await login(guesser, `fout-wachtwoord-${attempt}`)).status).toBe(401);
    }
    const slowed = await login(guesser, s.accounts.coordinator.password);
    expect(slowed.status).toBe(429);
    expect(trpcError(slowed)?.message).toBe(
      'Te veel mislukte pogingen. Probeer het over 1 seconde opnieuw.',
    );
    expect(slowed.headers.get('set-cookie')).toBeNull();
    expect(slowed.headers.get('retry-after')).toBe('1');

    const welcome = await login(owner, s.accounts.coordinator.password);
    expect(welcome.status, welcome.text.slice(0, 200)).toBe(200);
    expect(welcome.headers.get('set-cookie')).toMatch(/HttpOnly/);
  });
});
