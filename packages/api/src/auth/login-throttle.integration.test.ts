import { createTestDatabase, databaseKindsUnderTest, type DatabaseHandle } from '@jamsessie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFor, DEMO_NOW } from '../testing/api-harness.testing.js';
import { ensureAdminAccount } from './auth.service.js';
import { LOGIN_THROTTLE } from './login-throttle.rules.js';

const EMAIL = 'beheer@beweging.example';
const PASSWORD = 'een-lang-demo-wachtwoord';

/** A moment `hours` after the demo clock, so each test has its own throttle window. */
const at = (hours: number, plusMs = 0) => new Date(DEMO_NOW.getTime() + hours * 3_600_000 + plusMs);

describe.each(databaseKindsUnderTest())('the sign-in throttle on %s', (kind) => {
  let handle: DatabaseHandle;

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    await ensureAdminAccount(handle.db, { email: EMAIL, password: PASSWORD });
  });
  afterAll(async () => {
    await handle.close();
  });

  const attempt = (now: Date, clientKey: string, password: string, email = EMAIL) =>
    callerFor(handle.db, { now, clientKey }).auth.login({ email, password });

  it('lets the owner in while others hammer the address', async () => {
    const now = at(10);
    for (let i = 0; i < 40; i += 1) {
      await expect(attempt(now, `hammer-${i % 8}`, `fout-${i}`)).rejects.toMatchObject({
        code: expect.stringMatching(/^(UNAUTHORIZED|TOO_MANY_REQUESTS)$/) as string,
      });
    }
    await expect(attempt(now, 'hammer-0', PASSWORD)).rejects.toMatchObject({
      code: 'TOO_MANY_REQUESTS',
    });
    await expect(attempt(now, 'the-owner', PASSWORD)).resolves.toMatchObject({
      user: { email: EMAIL },
    });
  });

  it('makes one guessing client wait longer after each failure, then lets the right password in', async () => {
    const client = 'one-guesser';
    for (let i = 0; i < LOGIN_THROTTLE.free.pair; i += 1) {
      await expect(attempt(at(20), client, `fout-${i}`)).rejects.toMatchObject({
        code: 'UNAUTHORIZED',
      });
    }
    // The right password is not even checked while the client must wait.
    await expect(attempt(at(20), client, PASSWORD)).rejects.toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      message: 'Te veel mislukte pogingen. Probeer het over 1 seconde opnieuw.',
    });
    await expect(attempt(at(20, 1_000), client, 'nog-fout')).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    await expect(attempt(at(20, 2_999), client, PASSWORD)).rejects.toMatchObject({
      message: 'Te veel mislukte pogingen. Probeer het over 1 seconde opnieuw.',
    });
    await expect(attempt(at(20, 3_000), client, PASSWORD)).resolves.toMatchObject({
      user: { email: EMAIL },
    });
    // A correct password forgets the client's failures on the address.
    await expect(attempt(at(20, 3_000), client, 'weer-fout')).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });

  it('slows a client that tries many addresses, also on a new one', async () => {
    const client = 'sprayer';
    for (let i = 0; i < LOGIN_THROTTLE.free.client; i += 1) {
      await expect(
        attempt(at(30), client, 'x', `persoon${i}@beweging.example`),
      ).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    }
    await expect(attempt(at(30), client, PASSWORD)).rejects.toMatchObject({
      code: 'TOO_MANY_REQUESTS',
    });
    await expect(attempt(at(30), 'someone-else', PASSWORD)).resolves.toMatchObject({
      user: { email: EMAIL },
    });
  });

  it('lets a burst of parallel guesses from one client check at most the free number', async () => {
    const answers = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => attempt(at(40), 'burst', `fout-${i}`)),
    );
    const codes = answers.map((a) =>
      a.status === 'rejected' ? (a.reason as { code: string }).code : 'OK',
    );
    expect(codes.filter((c) => c === 'UNAUTHORIZED').length).toBeLessThanOrEqual(
      LOGIN_THROTTLE.free.pair,
    );
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS').length).toBeGreaterThanOrEqual(
      20 - LOGIN_THROTTLE.free.pair,
    );
  });

  it('stores neither address nor client in clear', async () => {
    const rows = await handle.db.selectFrom('login_failure').selectAll().execute();
    expect(rows.length).toBeGreaterThan(0);
    const text = JSON.stringify(rows);
    expect(text).not.toContain('beweging.example');
    expect(text).not.toContain('sprayer');
  });
});
