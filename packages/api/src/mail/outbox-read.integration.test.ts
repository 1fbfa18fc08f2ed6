import { randomUUID } from 'node:crypto';
import {
  APRIL_SESSION_ID,
  databaseKindsUnderTest,
  enqueueEmail,
  type DatabaseHandle,
} from '@jamsessie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCoordinator, callerFor, openSeededDatabase } from '../testing/api-harness.testing.js';

const coordinator = aCoordinator();
/** During the 7 April 2025 session (13.00–14.00 Amsterdam, 11:00–12:00 UTC). */
const AFTER_START = new Date('2025-04-07T11:55:00.000Z');
/** A minute later: the person's own choice comes after the coordinator's note of it. */
const CHOSEN_AT = new Date('2025-04-07T11:56:00.000Z');

describe.each(databaseKindsUnderTest())(
  'a coordinator reads a message in the outbox on %s',
  (kind) => {
    let handle: DatabaseHandle;
    const admin = () => callerFor(handle.db, { user: coordinator, now: AFTER_START }).admin;

    beforeAll(async () => {
      ({ handle } = await openSeededDatabase(kind));
    });
    afterAll(async () => {
      await handle.close();
    });

    it("reads a contact list as sent, with the other people's addresses masked", async () => {
      await admin().contacts.recordParticipants({
        sessionId: APRIL_SESSION_ID,
        participants: [
          { displayName: 'Anna Visser', email: 'anna@zorggroep.example', sharesContact: true },
          { displayName: 'Bram Kok', email: 'bram@thuiszorg.example', sharesContact: true },
        ],
      });
      // Each says yes on their own page: only a person's own choice puts them on a list.
      for (const email of ['anna@zorggroep.example', 'bram@thuiszorg.example']) {
        await callerFor(handle.db, {
          now: CHOSEN_AT,
          participant: { email, sessionId: `outbox-read-${email}` },
        }).participant.mine.personal.setContactSharing({
          sessionId: APRIL_SESSION_ID,
          shares: true,
        });
      }
      await admin().contacts.sendContactLists({ sessionId: APRIL_SESSION_ID });
      const { items } = await admin().outbox.list({});
      const toAnna = items.find((m) => m.recipient === 'anna@zorggroep.example')!;

      const read = await admin().outbox.read({ id: toAnna.id });
      expect(read).toMatchObject({
        id: toAnna.id,
        recipient: 'anna@zorggroep.example',
        subject: toAnna.subject,
        status: 'queued',
      });
      expect(read.text).toContain('Hallo Anna Visser,');
      expect(read.text).toContain('Bram Kok — b•••@thuiszorg.example');
      expect(read.text).not.toContain('bram@thuiszorg.example');
      expect(read).not.toHaveProperty('html');

      const stored = await handle.db
        .selectFrom('email_outbox')
        .select('text_body')
        .where('id', '=', toAnna.id)
        .executeTakeFirstOrThrow();
      expect(stored.text_body).toContain('bram@thuiszorg.example');

      const audited = await handle.db
        .selectFrom('audit_log')
        .select('action')
        .where('entity_id', '=', toAnna.id)
        .execute();
      expect(audited.map((a) => a.action)).toContain('outbox.read');
    });

    it('hides the token of a one-time link, so reading cannot act for the recipient', async () => {
      await enqueueEmail(handle.db, {
        to: 'fenna@zorg.example',
        subject: 'Bevestig je abonnement',
        text: 'Bevestigen: https://jamsessie.example/abonnement/bevestigen?token=geheim-token-456',
        idempotencyKey: `outbox-read:${randomUUID()}`,
      });
      const { items } = await admin().outbox.list({});
      const message = items.find((m) => m.recipient === 'fenna@zorg.example')!;
      const read = await admin().outbox.read({ id: message.id });
      expect(read.text).toBe(
        'Bevestigen: https://jamsessie.example/abonnement/bevestigen?token=verborgen',
      );
    });

    it('refuses an unknown message, and anyone who is not a coordinator', async () => {
      await expect(
        admin().outbox.read({ id: '00000000-0000-4000-8000-000000000999' }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
      const { items } = await admin().outbox.list({});
      await expect(
        callerFor(handle.db, { now: AFTER_START }).admin.outbox.read({ id: items[0]!.id }),
      ).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    });
  },
);
