import { databaseKindsUnderTest, type DatabaseHandle } from '@jamsessie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure, openAdminDatabase } from '../testing/admin-harness.testing.js';
import { callerFor, DEMO_NOW, TEST_BASE_URL } from '../testing/api-harness.testing.js';
import { accountWithPassword, signIn, userOfToken } from '../testing/accounts.testing.js';
import { PASSWORD_RESET_PATH, RESET_LINK_INVALID } from './password-reset.service.js';

const NEW_PASSWORD = 'zonnebloem-fietsenstalling-regenjas';
const LINK = new RegExp(`${TEST_BASE_URL}${PASSWORD_RESET_PATH}#([A-Za-z0-9_-]{43})`);

describe.each(databaseKindsUnderTest())('a password reset by e-mail link on %s', (kind) => {
  let handle: DatabaseHandle;

  beforeAll(async () => {
    ({ handle } = await openAdminDatabase(kind));
  });
  afterAll(async () => {
    await handle.close();
  });

  const ask = (email: string, now = DEMO_NOW, clientKey = `client-${email}`) =>
    callerFor(handle.db, { now, clientKey }).auth.requestPasswordReset({ email });
  const mailsTo = (email: string) =>
    handle.db
      .selectFrom('email_outbox')
      .select(['subject', 'text_body'])
      .where('recipient', '=', email)
      .execute();
  const tokenIn = async (email: string) => {
    const mails = await mailsTo(email);
    const match = LINK.exec(mails.at(-1)?.text_body ?? '');
    if (!match?.[1]) throw new Error(`no reset link mailed to ${email}`);
    return match[1];
  };

  it('answers the same for a known, an unknown and a disabled address, and mails only the known one', async () => {
    const known = await accountWithPassword(handle.db, { email: 'bekend@beweging.example' });
    const off = await accountWithPassword(handle.db, { email: 'uit@beweging.example' });
    await handle.db
      .updateTable('coordinator_account')
      .set({ disabled: true })
      .where('id', '=', off.user.id)
      .execute();
    const answers = [
      await ask(known.user.email),
      await ask('onbekend@beweging.example'),
      await ask(off.user.email),
    ];
    expect(new Set(answers.map((a) => JSON.stringify(a)))).toEqual(
      new Set([JSON.stringify({ status: 'received' })]),
    );
    expect(await mailsTo('onbekend@beweging.example')).toEqual([]);
    expect(await mailsTo(off.user.email)).toEqual([]);
    const [mail] = await mailsTo(known.user.email);
    expect(mail?.subject).toBe('Een nieuw wachtwoord kiezen');
    expect(mail?.text_body).toContain('30 minuten');
    const token = await tokenIn(known.user.email);
    const stored = await handle.db.selectFrom('password_reset_token').selectAll().execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it('sets a strong new password once, ends every session, and refuses the link after that', async () => {
    const { user, password } = await accountWithPassword(handle.db, {
      email: 'vergeten@beweging.example',
      mustChangePassword: true,
    });
    const session = await signIn(handle.db, user.email, password);
    await ask(user.email);
    const token = await tokenIn(user.email);
    const anonymous = callerFor(handle.db, { now: new Date(DEMO_NOW.getTime() + 60_000) });

    const weak = await failure(
      anonymous.auth.resetPassword({ token, newPassword: 'aaaaaaaaaaaa' }),
    );
    expect(weak).toMatchObject({ code: 'BAD_REQUEST', domainCode: 'PASSWORD.TOO_WEAK' });
    // The weak attempt did not spend the link.
    await anonymous.auth.resetPassword({ token, newPassword: NEW_PASSWORD });
    expect(await userOfToken(handle.db, session)).toBeNull();
    await expect(signIn(handle.db, user.email, password)).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    const fresh = await signIn(handle.db, user.email, NEW_PASSWORD);
    expect((await userOfToken(handle.db, fresh))?.mustChangePassword).toBe(false);

    const again = await failure(
      anonymous.auth.resetPassword({ token, newPassword: 'nog-een-ander-sterk-wachtwoord-hier' }),
    );
    expect(again).toMatchObject({ message: RESET_LINK_INVALID });
  });

  it('refuses a link after thirty minutes, and a made-up or malformed one', async () => {
    const { user } = await accountWithPassword(handle.db, { email: 'traag@beweging.example' });
    await ask(user.email);
    const token = await tokenIn(user.email);
    const late = callerFor(handle.db, { now: new Date(DEMO_NOW.getTime() + 30 * 60_000) });
    expect(
      await failure(late.auth.resetPassword({ token, newPassword: NEW_PASSWORD })),
    ).toMatchObject({ code: 'BAD_REQUEST', message: RESET_LINK_INVALID });
    const madeUp = await failure(
      callerFor(handle.db).auth.resetPassword({ token: 'A'.repeat(43), newPassword: NEW_PASSWORD }),
    );
    expect(madeUp.message).toBe(RESET_LINK_INVALID);
    const malformed = await failure(
      callerFor(handle.db).auth.resetPassword({ token: 'kort', newPassword: NEW_PASSWORD }),
    );
    expect(malformed.code).toBe('BAD_REQUEST');
  });

  it('limits requests per address without telling whether it exists', async () => {
    const later = new Date(DEMO_NOW.getTime() + 5 * 3_600_000);
    for (let i = 0; i < 3; i += 1) await ask('iemand@elders.example', later, `c-${i}`);
    expect(await failure(ask('iemand@elders.example', later, 'c-4'))).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
    });
  });
});
