import { databaseKindsUnderTest, type DatabaseHandle } from '@jamsessie/db';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SUBSCRIBE_LIMITS, SUBSCRIBE_MIN_MS } from './subscriptions.service.js';
import { deliverAll, mailCaller, readMail, tokenIn } from '../mail/testing/mail.testing.js';
import { DEMO_NOW, openSeededDatabase } from '../testing/api-harness.testing.js';
import { startSmtpSink } from '../testing/smtp-sink.testing.js';
import { subscriptionPaths } from '@jamsessie/domain';

const THEME = { kind: 'theme', slug: 'open-deuren' } as const;

describe.each(databaseKindsUnderTest())('subscriptions on %s', (kind) => {
  let handle: DatabaseHandle;
  const outbox = () =>
    handle.db
      .selectFrom('email_outbox')
      .select(['recipient', 'subject', 'text_body'])
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  const subscriptions = () =>
    handle.db.selectFrom('subscription').select(['email', 'target_kind', 'confirmed_at']).execute();
  const caller = () => mailCaller(handle.db, DEMO_NOW);

  beforeAll(async () => {
    ({ handle } = await openSeededDatabase(kind));
  });
  afterAll(async () => {
    await handle.close();
  });
  beforeEach(async () => {
    await handle.db.deleteFrom('email_outbox').execute();
    await handle.db.deleteFrom('subscription').execute();
    await handle.db.deleteFrom('rate_limit').execute();
  });

  it('answers every sign-up the same and only queues a confirmation (double opt-in)', async () => {
    const started = performance.now();
    const first = await caller().subscriptions.subscribe({
      email: 'Fenna@Zorg.example',
      target: THEME,
    });
    expect(performance.now() - started).toBeGreaterThanOrEqual(SUBSCRIBE_MIN_MS - 5);
    const token = tokenIn((await outbox())[0]?.text_body ?? '', subscriptionPaths.confirm);
    await caller().subscriptions.confirm({ token });
    const again = await caller().subscriptions.subscribe({
      email: 'fenna@zorg.example',
      target: THEME,
    });
    const stranger = await caller().subscriptions.subscribe({
      email: 'nieuw@elders.example',
      target: THEME,
    });
    expect(first).toEqual({ status: 'check_your_mail' });
    expect(again).toEqual(first);
    expect(stranger).toEqual(first);

    const mails = await outbox();
    expect(mails.map((m) => [m.recipient, m.subject])).toEqual([
      ['fenna@zorg.example', 'Bevestig je aanmelding'],
      ['fenna@zorg.example', 'Je bent al aangemeld'],
      ['nieuw@elders.example', 'Bevestig je aanmelding'],
    ]);
    expect(mails[0]?.text_body).toContain('het thema ‘Open deuren’');
    const rows = await subscriptions();
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.email === 'nieuw@elders.example')?.confirmed_at).toBeNull();
  });

  it('confirms once; a spent or unknown token is refused with a Dutch message', async () => {
    await caller().subscriptions.subscribe({
      email: 'team@debrug.example',
      target: { kind: 'week' },
    });
    const token = tokenIn((await outbox())[0]?.text_body ?? '', subscriptionPaths.confirm);
    expect(await caller().subscriptions.confirm({ token })).toEqual({
      status: 'confirmed',
      what: 'de Week van de Radicale vernieuwing',
    });
    expect((await subscriptions())[0]?.confirmed_at).not.toBeNull();
    await expect(caller().subscriptions.confirm({ token })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(caller().subscriptions.confirm({ token })).rejects.toThrow(
      'ongeldig of al gebruikt',
    );
  });

  it('unsubscribes with the link from any mail; a forged token changes nothing but gets the same answer', async () => {
    await caller().subscriptions.subscribe({
      email: 'lid@clientenraad.example',
      target: { kind: 'series', slug: 'jamsessies-vvlg' },
    });
    const body = (await outbox())[0]?.text_body ?? '';
    const token = tokenIn(body, subscriptionPaths.unsubscribe);
    const [id] = token.split('.');
    const forged = `${id}.${'A'.repeat(43)}`;
    expect(await caller().subscriptions.unsubscribe({ token: forged })).toEqual({
      status: 'unsubscribed',
    });
    expect(await subscriptions()).toHaveLength(1);
    expect(await caller().subscriptions.unsubscribe({ token })).toEqual({ status: 'unsubscribed' });
    expect(await subscriptions()).toHaveLength(0);
    expect(await caller().subscriptions.unsubscribe({ token })).toEqual({ status: 'unsubscribed' });
  });

  it('limits sign-ups per address and refuses an unknown theme', async () => {
    const email = 'veel@zorg.example';
    for (let i = 0; i < SUBSCRIBE_LIMITS.perAddress.limit; i += 1) {
      await caller().subscriptions.subscribe({ email, target: THEME });
    }
    await expect(caller().subscriptions.subscribe({ email, target: THEME })).rejects.toMatchObject({
      code: 'TOO_MANY_REQUESTS',
    });
    await expect(
      caller().subscriptions.subscribe({
        email: 'x@zorg.example',
        target: { kind: 'theme', slug: 'bestaat-niet' },
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      caller().subscriptions.subscribe({ email: 'geen-adres', target: THEME }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('delivers the confirmation through a real SMTP server with one-click unsubscribe headers', async () => {
    const sink = await startSmtpSink();
    try {
      await caller().subscriptions.subscribe({ email: 'fenna@zorg.example', target: THEME });
      expect(await deliverAll(handle.db, sink, DEMO_NOW)).toBe(1);
      const [mail] = sink.received.map(readMail);
      expect(mail?.to).toEqual(['fenna@zorg.example']);
      expect(mail?.subject).toBe('Bevestig je aanmelding');
      expect(mail?.text).toContain(`https://jamsessie.test${subscriptionPaths.confirm}?token=`);
      const link = /^Afmelden: (\S+)$/m.exec(mail?.text ?? '')?.[1];
      expect(link).toMatch(/^https:\/\/jamsessie\.test\/abonnement\/afmelden\?token=/);
      expect(mail?.headers['list-unsubscribe']).toBe(`<${link}>`);
      expect(mail?.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
      // Every mail to a person leads to their own page.
      expect(mail?.text).toMatch(
        /\n\nJe vragen, toestemmingen en gegevens: https:\/\/jamsessie\.test\/mijn-gegevens$/,
      );
      // The link in the mail works.
      await caller().subscriptions.unsubscribe({
        token: tokenIn(mail?.text ?? '', subscriptionPaths.unsubscribe),
      });
      expect(await subscriptions()).toHaveLength(0);
    } finally {
      await sink.close();
    }
  });
});
