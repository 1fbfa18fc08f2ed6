import { randomUUID } from 'node:crypto';
import {
  contactListFor,
  currentConsent,
  erasePerson,
  ERASED_NAME,
  type ConsentRecord,
} from '@jamsessie/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.js';
import { aDilemma, aPerson, aReport, aSession } from '../testing/fixtures.js';
import { createTestDatabase, databaseKindsUnderTest } from '../testing/test-database.js';
import {
  appendConsent,
  listConsentsForSubjects,
  listConsentsOfPerson,
  listContactSharingConsents,
} from './consent.repository.js';
import { findDilemmaById, insertDilemma } from './dilemma.repository.js';
import { applyErasurePlan, loadPersonRelated } from './person-data.repository.js';
import {
  findPersonByEmail,
  findPersonById,
  insertPerson,
  listAttendedSessionIds,
  listAttendees,
  recordAttendance,
  removeAttendance,
  updatePerson,
} from './person.repository.js';
import { findReportById, insertReport } from './report.repository.js';
import { insertSession } from './session.repository.js';

describe.each(databaseKindsUnderTest())('people and consent on %s', (kind) => {
  let handle: DatabaseHandle;
  const session = aSession('2025-03-03T12:00:00.000Z');
  const anna = aPerson({ displayName: 'Anna Voorbeeld', email: 'anna@zorg.example' });
  const bram = aPerson({ displayName: 'Bram Proef', email: 'bram@zorg.example' });
  const cor = aPerson({ displayName: 'Cor Test' });
  const at = (minute: number) => `2025-03-03T13:${String(minute).padStart(2, '0')}:00.000Z`;

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    await insertSession(handle.db, session);
    for (const p of [anna, bram, cor]) await insertPerson(handle.db, p);
  });
  afterAll(() => handle.close());

  it('finds people by e-mail and refuses a taken address', async () => {
    expect(await findPersonByEmail(handle.db, ' Anna@Zorg.example ')).toEqual(anna);
    const clash = await insertPerson(handle.db, aPerson({ email: 'anna@zorg.example' }));
    expect(clash.ok ? null : clash.error.code).toBe('CONFLICT.DUPLICATE');
    const taken = await updatePerson(handle.db, { ...cor, email: 'bram@zorg.example' });
    expect(taken.ok ? null : taken.error.code).toBe('CONFLICT.DUPLICATE');
    expect(await updatePerson(handle.db, { ...cor, isLocMember: true })).toEqual({
      ok: true,
      value: { ...cor, isLocMember: true, version: 2 },
    });
  });

  it('records attendance once and lists attendees', async () => {
    expect(await recordAttendance(handle.db, session.id, anna.id)).toBe(true);
    expect(await recordAttendance(handle.db, session.id, anna.id)).toBe(false);
    await recordAttendance(handle.db, session.id, bram.id);
    await recordAttendance(handle.db, session.id, cor.id);
    expect(await removeAttendance(handle.db, session.id, cor.id)).toBe(true);
    const attendees = await listAttendees(handle.db, session.id);
    expect(attendees.map((a) => a.person.id)).toEqual([anna.id, bram.id]);
    expect(attendees[0]?.organisationName).toBeNull();
    expect(await listAttendedSessionIds(handle.db, anna.id)).toEqual([session.id]);
  });

  it('keeps consent history; the latest record counts, also for contact sharing', async () => {
    const record = (personId: string, minute: number, granted: boolean): ConsentRecord => ({
      id: randomUUID(),
      personId,
      subject: 'contact_sharing',
      subjectId: session.id,
      granted,
      at: at(minute),
      by: null,
      method: 'confirmed_email',
    });
    await appendConsent(handle.db, record(anna.id, 1, true));
    await appendConsent(handle.db, record(bram.id, 1, true));
    await appendConsent(handle.db, record(bram.id, 5, false));
    const consents = await listContactSharingConsents(handle.db, [anna.id, bram.id], session.id);
    expect(consents).toHaveLength(3);
    expect(currentConsent(consents, 'contact_sharing', session.id, bram.id)).toBe(false);
    const attendees = await listAttendees(handle.db, session.id);
    // Bram withdrew, so Anna is the only one who opted in: nobody's details are shared.
    expect(contactListFor(attendees, consents, { sessionId: session.id })).toEqual([
      { personId: anna.id, contacts: [] },
    ]);
    await appendConsent(handle.db, record(bram.id, 9, true));
    const again = await listContactSharingConsents(handle.db, [anna.id, bram.id], session.id);
    const lists = contactListFor(attendees, again, { sessionId: session.id });
    expect(lists.find((l) => l.personId === anna.id)?.contacts.map((c) => c.email)).toEqual([
      'bram@zorg.example',
    ]);
    expect((await listConsentsOfPerson(handle.db, bram.id)).map((c) => c.at)).toEqual([
      at(1),
      at(5),
      at(9),
    ]);
  });

  it('erases a person: references anonymised, consents and person gone, texts kept', async () => {
    const dilemma = aDilemma(session.id, {
      ownerId: anna.id,
      ownerName: 'Anna',
      consent: 'private',
    });
    await insertDilemma(handle.db, dilemma);
    await appendConsent(handle.db, {
      id: randomUUID(),
      personId: anna.id,
      subject: 'dilemma',
      subjectId: dilemma.id,
      level: 'shareable_anonymised',
      at: at(10),
      by: null,
    });
    const reactionId = randomUUID();
    const report = aReport(session.id, {
      reactions: [
        { id: reactionId, text: 'Heel waardevol!', authorId: anna.id, consent: 'quotable' },
      ],
    });
    await insertReport(handle.db, report);
    expect((await listConsentsForSubjects(handle.db, [dilemma.id])).map((c) => c.personId)).toEqual(
      [anna.id],
    );

    const related = await loadPersonRelated(handle.db, anna.id);
    expect(related?.dilemmas?.map((d) => d.id)).toEqual([dilemma.id]);
    expect(related?.reports?.map((r) => r.id)).toEqual([report.id]);
    const plan = erasePerson(related!.person, related);
    await handle.db.transaction().execute((trx) => applyErasurePlan(trx, plan));

    expect(await findPersonById(handle.db, anna.id)).toBeUndefined();
    expect(await listConsentsOfPerson(handle.db, anna.id)).toEqual([]);
    expect(await findDilemmaById(handle.db, dilemma.id)).toMatchObject({
      ownerId: null,
      ownerName: ERASED_NAME,
      consent: 'shareable_anonymised',
      text: dilemma.text,
    });
    const stored = await findReportById(handle.db, report.id);
    expect(stored?.reactions).toEqual([
      { id: reactionId, text: 'Heel waardevol!', authorId: null, consent: 'quotable' },
    ]);
    expect(await listAttendees(handle.db, session.id)).toHaveLength(1);
  });
});
