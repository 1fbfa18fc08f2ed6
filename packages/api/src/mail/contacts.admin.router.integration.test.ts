import {
  APRIL_SESSION_ID,
  SERIES_ID,
  databaseKindsUnderTest,
  listWeekEditions,
  type DatabaseHandle,
} from '@jamsessie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverAll, mailCaller, readMail, tokenIn } from './testing/mail.testing.js';
import { aCoordinator, openSeededDatabase } from '../testing/api-harness.testing.js';
import { startSmtpSink } from '../testing/smtp-sink.testing.js';
import { subscriptionPaths } from '@jamsessie/domain';

const coordinator = aCoordinator();
/** During the 7 April 2025 session (13.00–14.00 Amsterdam, 11:00–12:00 UTC). */
const AFTER_START = new Date('2025-04-07T11:55:00.000Z');

const anna = { displayName: 'Anna Visser', email: 'anna@zorggroep.example' };
const bram = { displayName: 'Bram Kok', email: 'bram@thuiszorg.example' };
const cor = { displayName: 'Cor Smit', email: 'cor@zorggroep.example' };
const dina = { displayName: 'Dina Bos', email: null };

describe.each(databaseKindsUnderTest())(
  'attendance, contact lists and announcements on %s',
  (kind) => {
    let handle: DatabaseHandle;
    const admin = (now = AFTER_START) => mailCaller(handle.db, now, coordinator);
    const outbox = () =>
      handle.db
        .selectFrom('email_outbox')
        .select(['recipient', 'subject', 'text_body', 'status'])
        .orderBy('created_at')
        .orderBy('id')
        .execute();

    beforeAll(async () => {
      ({ handle } = await openSeededDatabase(kind));
    });
    afterAll(async () => {
      await handle.close();
    });

    it('sends each participant who opted in the others who opted in, and nobody else', async () => {
      const recorded = await admin().contacts.recordParticipants({
        sessionId: APRIL_SESSION_ID,
        participants: [
          { ...anna, sharesContact: true },
          { ...bram, sharesContact: true },
          { ...cor, sharesContact: false },
          { ...dina, sharesContact: true },
        ],
      });
      expect(recorded).toEqual({ attendees: 4, sharing: 3 });
      const overview = await admin().contacts.overview({ sessionId: APRIL_SESSION_ID });
      expect(overview.recipients.map((r) => [r.name, r.contacts, r.hasEmail]).sort()).toEqual([
        ['Anna Visser', 2, true],
        ['Bram Kok', 2, true],
        ['Dina Bos', 2, false],
      ]);

      expect(await admin().contacts.sendContactLists({ sessionId: APRIL_SESSION_ID })).toEqual({
        queued: 2,
        unchanged: 0,
        withoutEmail: 1,
      });
      const mails = await outbox();
      expect(mails.map((m) => m.recipient).sort()).toEqual([anna.email, bram.email]);
      for (const mail of mails) {
        expect(mail.text_body).not.toContain(cor.email);
        expect(mail.text_body).not.toContain('Cor Smit');
        expect(mail.text_body).toContain('Dina Bos');
      }
      expect(mails.find((m) => m.recipient === anna.email)?.text_body).toContain(
        `Bram Kok — ${bram.email}`,
      );
      expect(mails.find((m) => m.recipient === anna.email)?.text_body).not.toContain(anna.email);

      // The same lists again: nothing new.
      expect(
        await admin().contacts.sendContactLists({ sessionId: APRIL_SESSION_ID }),
      ).toMatchObject({
        queued: 0,
        unchanged: 2,
      });

      const sink = await startSmtpSink();
      try {
        expect(await deliverAll(handle.db, sink, AFTER_START)).toBe(2);
        const received = sink.received.map(readMail);
        const toAnna = received.find((m) => m.to[0] === anna.email);
        expect(toAnna?.subject).toMatch(/^Contactgegevens na de .+ van maandag 7 april 2025$/);
        expect(toAnna?.text).toContain(`Bram Kok — ${bram.email}`);
        expect(toAnna?.text).toContain('Dina Bos — geen e-mailadres bekend');
        expect(received.map((m) => m.text).join('\n')).not.toContain(cor.email);
        // A contact list is not a subscription: no unsubscribe header.
        expect(toAnna?.headers['list-unsubscribe']).toBeUndefined();
      } finally {
        await sink.close();
      }
    });

    it('sends changed lists only, when someone changes their mind', async () => {
      await admin().contacts.recordParticipants({
        sessionId: APRIL_SESSION_ID,
        participants: [{ ...cor, sharesContact: true }],
      });
      const result = await admin().contacts.sendContactLists({ sessionId: APRIL_SESSION_ID });
      expect(result).toEqual({ queued: 3, unchanged: 0, withoutEmail: 1 });
      const toCor = (await outbox()).filter((m) => m.recipient === cor.email);
      expect(toCor).toHaveLength(1);
      expect(toCor[0]?.text_body).toContain(anna.email);
    });

    it('refuses before the session started', async () => {
      await expect(
        admin(new Date('2025-04-07T10:00:00.000Z')).contacts.sendContactLists({
          sessionId: APRIL_SESSION_ID,
        }),
      ).rejects.toMatchObject({
        code: 'PRECONDITION_FAILED',
      });
      await expect(
        admin(new Date('2025-04-07T10:00:00.000Z')).contacts.sendContactLists({
          sessionId: APRIL_SESSION_ID,
        }),
      ).rejects.toThrow('pas na het begin van de sessie');
      await expect(
        mailCaller(handle.db, AFTER_START).contacts.sendContactLists({
          sessionId: APRIL_SESSION_ID,
        }),
      ).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    });

    it('after erasure a person is in no subscription, no queued mail and no new list', async () => {
      await mailCaller(handle.db, AFTER_START).subscriptions.subscribe({
        email: bram.email,
        target: { kind: 'theme', slug: 'open-deuren' },
      });
      const bramId = (
        await handle.db
          .selectFrom('person')
          .select('id')
          .where('email', '=', bram.email)
          .executeTakeFirstOrThrow()
      ).id;
      // Lists are queued (Cor joined in the last test) but not sent yet.
      expect(
        (await outbox()).filter((m) => m.status === 'queued' && m.text_body.includes(bram.email))
          .length,
      ).toBeGreaterThan(0);

      await admin().people.erase({ personId: bramId });

      expect(
        await handle.db
          .selectFrom('subscription')
          .selectAll()
          .where('email', '=', bram.email)
          .execute(),
      ).toEqual([]);
      const unsent = (await outbox()).filter((m) => m.status !== 'sent');
      expect(
        unsent.some((m) => m.recipient === bram.email || m.text_body.includes(bram.email)),
      ).toBe(false);

      await admin().contacts.sendContactLists({ sessionId: APRIL_SESSION_ID });
      const fresh = (await outbox()).filter((m) => m.status === 'queued');
      expect(fresh.map((m) => m.recipient).sort()).toEqual([anna.email, cor.email]);
      for (const mail of fresh) {
        expect(mail.text_body).not.toContain(bram.email);
        expect(mail.text_body).not.toContain('Bram Kok');
      }
    });

    it('announces a new series and a new edition once to their subscribers', async () => {
      await handle.db.deleteFrom('email_outbox').execute();
      const follow = async (
        email: string,
        target: Parameters<
          ReturnType<typeof mailCaller>['subscriptions']['subscribe']
        >[0]['target'],
      ) => {
        await mailCaller(handle.db, AFTER_START).subscriptions.subscribe({ email, target });
        const body = (await outbox()).find((m) => m.recipient === email)?.text_body ?? '';
        await mailCaller(handle.db, AFTER_START).subscriptions.confirm({
          token: tokenIn(body, subscriptionPaths.confirm),
        });
      };
      await follow('thema@zorg.example', { kind: 'theme', slug: 'open-deuren' });
      await follow('week@zorg.example', { kind: 'week' });
      await handle.db.deleteFrom('email_outbox').execute();

      expect(await admin().contacts.announce({ kind: 'series', seriesId: SERIES_ID })).toEqual({
        queued: 1,
        alreadySent: 0,
      });
      const edition = (await listWeekEditions(handle.db)).find((e) => e.slug.endsWith('2022'));
      expect(await admin().contacts.announce({ kind: 'edition', editionId: edition!.id })).toEqual({
        queued: 1,
        alreadySent: 0,
      });
      expect(await admin().contacts.announce({ kind: 'edition', editionId: edition!.id })).toEqual({
        queued: 0,
        alreadySent: 1,
      });

      const mails = await outbox();
      expect(mails.map((m) => [m.recipient, m.subject])).toEqual([
        ['thema@zorg.example', 'Nieuwe reeks: Jamsessies Vrijheid en veiligheid'],
        ['week@zorg.example', `${edition!.title}: 7–11 november 2022`],
      ]);
      expect(mails[0]?.text_body).toContain('elke eerste maandag van de maand, 13.00–14.00 uur');
      expect(mails[0]?.text_body).not.toContain('zoom.example');
      expect(mails[1]?.text_body).toMatch(
        /^Afmelden: https:\/\/jamsessie\.test\/abonnement\/afmelden\?token=/m,
      );
    });
  },
);
