import {
  APRIL_SESSION_ID,
  databaseKindsUnderTest,
  demoId,
  DILEMMA_IDS,
  listSubscriptionsOf,
  MARCH_SESSION_ID,
  requestSubscription,
  type DatabaseHandle,
} from '@jamsessie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminCaller,
  failure,
  openAdminDatabase,
  testClock,
  type AdminUsers,
} from '../testing/admin-harness.testing.js';

const SANNE = demoId('person:sanne');
const SANNE_EMAIL = 'sanne.willems@delinde.example';
const SANNE_REACTION = 'Mooi dat er goede ideeën op mijn vraag zijn gekomen';

describe.each(databaseKindsUnderTest())('admin.people on %s', (kind) => {
  let handle: DatabaseHandle;
  let users: AdminUsers;
  const clock = testClock('2025-04-07T12:10:00.000Z');
  const caller = () => adminCaller(handle.db, users.coordinator, clock);

  beforeAll(async () => {
    ({ handle, users } = await openAdminDatabase(kind));
    await requestSubscription(handle.db, {
      id: demoId('subscription:test:sanne'),
      email: SANNE_EMAIL,
      targetKind: 'newsletter',
      targetId: null,
      confirmTokenHash: 'hash-of-a-confirm-token',
      unsubscribeTokenHash: 'hash-of-an-unsubscribe-token',
    });
  });
  afterAll(async () => {
    await handle.close();
  });

  it('lists who attended with their contact-sharing choice and the resulting contact list', async () => {
    const march = await caller().admin.people.attendance.list({ sessionId: MARCH_SESSION_ID });
    expect(march.attendees).toHaveLength(7);
    const facilitator = march.attendees.find((a) => a.person.displayName === 'Marloes Vermeer');
    expect(facilitator?.sharesContact).toBe(false);
    expect(march.contactList).toHaveLength(6);
    expect(march.contactList.every((entry) => entry.contacts.length === 5)).toBe(true);
  });

  it("records attendance for April: a coordinator's yes waits for the person's own", async () => {
    await caller().admin.people.attendance.record({
      sessionId: APRIL_SESSION_ID,
      personId: SANNE,
      sharesContact: true,
    });
    await caller().admin.people.attendance.record({
      sessionId: APRIL_SESSION_ID,
      personId: demoId('person:daan'),
      sharesContact: true,
    });
    const april = await caller().admin.people.attendance.record({
      sessionId: APRIL_SESSION_ID,
      newPerson: {
        displayName: 'Femke Nieuwland',
        email: 'femke@zorgvoorbeeld.example',
        organisationId: null,
        isLocMember: false,
      },
      sharesContact: false,
    });
    expect(april.attendees.map((a) => a.person.displayName)).toEqual([
      'Daan Smits',
      'Femke Nieuwland',
      'Sanne Willems',
    ]);
    // The coordinator's yes is a note: nobody shares until they confirm it on their own page
    // (the contacts test follows that confirmation through to the mails).
    expect(april.contactList).toEqual([]);
    const sanne = await caller().admin.people.get({ id: SANNE });
    expect(
      sanne.consents.some(
        (c) => c.subject === 'contact_sharing' && c.subjectId === APRIL_SESSION_ID,
      ),
    ).toBe(true);
  });

  it('exports everything held about a person as JSON', async () => {
    const data = await caller().admin.people.export({ personId: SANNE });
    expect(data.format).toBe('jamsessie-persoonsgegevens/1');
    expect(data.person).toMatchObject({ id: SANNE, email: SANNE_EMAIL });
    expect(data.dilemmas.map((d) => d.id)).toContain(DILEMMA_IDS.pickingUp);
    expect(data.reactions.map((r) => r.text)).toEqual([expect.stringContaining(SANNE_REACTION)]);
    expect(data.consents.length).toBeGreaterThan(0);
    expect(data.subscriptions).toEqual([expect.objectContaining({ targetKind: 'newsletter' })]);
    expect(data.attendedSessionIds).toEqual([MARCH_SESSION_ID, APRIL_SESSION_ID]);
    // Nobody else's data from the same session.
    expect(JSON.stringify(data)).not.toContain('Jeroen');
  });

  it('erases a person: reports stay anonymised, consents, subscriptions and attendance go', async () => {
    const erased = await caller().admin.people.erase({ personId: SANNE });
    expect(erased.anonymised.dilemmas).toBe(1);
    expect(erased.consentRecordsDeleted).toBeGreaterThan(0);

    expect((await failure(caller().admin.people.get({ id: SANNE }))).code).toBe('NOT_FOUND');
    const dilemmas = await caller().admin.dilemmas.list({ sessionId: MARCH_SESSION_ID });
    expect(dilemmas.find((d) => d.dilemma.id === DILEMMA_IDS.pickingUp)?.dilemma).toMatchObject({
      ownerId: null,
      ownerName: 'Deelnemer',
    });
    const run = await caller().admin.protocol.get({ sessionId: MARCH_SESSION_ID });
    expect(JSON.stringify(run)).not.toContain('Sanne');
    expect(await listSubscriptionsOf(handle.db, SANNE_EMAIL)).toEqual([]);
    const attendance = await caller().admin.people.attendance.list({ sessionId: APRIL_SESSION_ID });
    expect(attendance.attendees.map((a) => a.person.id)).not.toContain(SANNE);

    const visitor = adminCaller(handle.db, null, clock);
    const report = await visitor.reports.bySlug({
      slug: 'korte-jamsessies-vrijheid-smaken-naar-meer',
    });
    expect(report.report.reactions.some((r) => r.text.startsWith(SANNE_REACTION))).toBe(true);
    const audit = await caller().admin.audit.list({ action: 'person.erase' });
    expect(audit.items).toHaveLength(1);
    expect(JSON.stringify(audit.items)).not.toContain(SANNE_EMAIL);
    expect((await failure(caller().admin.people.erase({ personId: SANNE }))).code).toBe(
      'NOT_FOUND',
    );
  });
});
