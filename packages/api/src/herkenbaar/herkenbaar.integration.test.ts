import { randomUUID } from 'node:crypto';
import {
  APRIL_SESSION_ID,
  databaseKindsUnderTest,
  insertDilemma,
  insertPerson,
  insertSession,
  type DatabaseHandle,
} from '@jamsessie/db';
import type { ConsentLevel } from '@jamsessie/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParticipantUser } from '../context.js';
import { failure } from '../testing/admin-harness.testing.js';
import { aCoordinator, callerFor, openSeededDatabase } from '../testing/api-harness.testing.js';

// Six days before the 7 April 2025 session (13:00 Amsterdam, 11:00 UTC): marking is open.
const NOW = new Date('2025-04-01T09:00:00.000Z');
const STARTED = new Date('2025-04-07T11:00:00.000Z');
// Addresses at participating organisations: the series' link may go to them.
const SANNE = 'sanne.willems@delinde.example';
const NOOR = 'noor.visser@dewilgen.example';
// Not at a participating organisation; brought a question to another session only.
const OUTSIDER = 'buiten@elders.example';

const OWNER_NAME = 'Fenna Verborgen';
const SHOWN_TEXT = 'Hoe laten we bewoners samen met vrijwilligers wandelen zonder zorgen?';
const UNTITLED_TEXT = 'Mevrouw Jansen op kamer 12 wil elke dag alleen naar de markt.';
const PRIVATE_TEXT = 'Een vraag die alleen in de sessie besproken mag worden, niet daarvoor.';
const UNCONFIRMED_TEXT = 'Een vraag van het formulier waarvan het adres nog niet bevestigd is.';

describe.each(databaseKindsUnderTest())('"herkenbaar" before a session on %s', (kind) => {
  let handle: DatabaseHandle;
  const ids = { shown: '', untitled: '', private: '', unconfirmed: '', other: '' };
  let otherSessionId = '';
  const coordinator = (now = NOW) => callerFor(handle.db, { now, user: aCoordinator() });
  const as = (email: string, now = NOW) =>
    callerFor(handle.db, {
      now,
      participant: { email, sessionId: randomUUID() } satisfies ParticipantUser,
      clientKey: `herkenbaar-${kind}-${email}`,
    });

  async function added(text: string, kop: string | null, consent: ConsentLevel) {
    const { dilemma } = await coordinator().admin.dilemmas.add({
      sessionId: APRIL_SESSION_ID,
      text,
      ownerName: OWNER_NAME,
      consent,
    });
    if (kop === null) return dilemma.id;
    await coordinator().admin.dilemmas.update({ id: dilemma.id, version: dilemma.version, kop });
    return dilemma.id;
  }

  beforeAll(async () => {
    ({ handle } = await openSeededDatabase(kind));
    ids.shown = await added(SHOWN_TEXT, 'Samen wandelen met vrijwilligers', 'shareable_anonymised');
    ids.untitled = await added(UNTITLED_TEXT, null, 'quotable');
    ids.private = await added(PRIVATE_TEXT, 'Een privé kop', 'private');
    // From the public form: waits for its owner's link, so it is not confirmed.
    const slug = (await coordinator().admin.sessions.get({ id: APRIL_SESSION_ID })).session.slug;
    await callerFor(handle.db, { now: NOW, clientKey: `form-${kind}` }).forms.bringDilemma({
      sessionSlug: slug,
      text: UNCONFIRMED_TEXT,
      ownerEmail: 'wacht@delinde.example',
      consent: 'quotable',
    });
    const waiting = (await coordinator().admin.dilemmas.list({ sessionId: APRIL_SESSION_ID })).find(
      (item) => item.dilemma.text === UNCONFIRMED_TEXT,
    )!;
    expect(waiting.unconfirmed).toBe(true);
    ids.unconfirmed = waiting.dilemma.id;
    await coordinator().admin.dilemmas.update({
      id: ids.unconfirmed,
      version: waiting.dilemma.version,
      kop: 'Onbevestigde kop',
      // Even were it shareable, an unconfirmed question stays hidden.
      consent: 'quotable',
    });

    // Another session, outside the series, to which the outsider brought a confirmed question.
    otherSessionId = randomUUID();
    const session = await insertSession(handle.db, {
      id: otherSessionId,
      slug: `andere-sessie-${kind}`,
      kind: 'jam_session',
      seriesId: null,
      programmeItemId: null,
      title: 'Een andere sessie',
      description: '',
      themeIds: [],
      movementIds: [],
      startsAt: '2025-04-08T11:00:00.000Z',
      endsAt: '2025-04-08T12:00:00.000Z',
      online: true,
      location: null,
      status: 'planned',
      cancellationReason: null,
      meetingLink: null,
      sequence: 0,
    });
    expect(session.ok).toBe(true);
    const person = await insertPerson(handle.db, {
      id: randomUUID(),
      displayName: 'Iemand van elders',
      email: OUTSIDER,
      organisationId: null,
      isLocMember: false,
    });
    if (!person.ok) throw new Error('person not stored');
    ids.other = randomUUID();
    const other = await insertDilemma(handle.db, {
      id: ids.other,
      sessionId: otherSessionId,
      ownerId: person.value.id,
      ownerName: 'Iemand van elders',
      text: 'Hoe gaan anderen om met een deur die dicht moet blijven?',
      followUpQuestions: [],
      kop: 'Een deur die dicht blijft',
      status: 'inventoried',
      consent: 'shareable_anonymised',
      position: null,
      submittedAt: NOW.toISOString(),
    });
    expect(other.ok).toBe(true);
  });
  afterAll(async () => {
    await handle.close();
  });

  it("shows a session's participants only the neutral titles of confirmed, shareable questions", async () => {
    const sessions = await as(SANNE).participant.mine.herkenbaar.list();
    expect(sessions.map((s) => s.sessionId)).toEqual([APRIL_SESSION_ID]);
    expect(sessions[0]!.items).toEqual([
      { dilemmaId: ids.shown, title: 'Samen wandelen met vrijwilligers', marked: false },
    ]);
    // Never the owner, never a question's own words, nothing of the other questions.
    const answer = JSON.stringify(sessions);
    for (const secret of [
      OWNER_NAME,
      'Fenna',
      'vrijwilligers wandelen zonder zorgen',
      'Jansen',
      'kamer 12',
      'privé',
      'Onbevestigde',
      ids.untitled,
      ids.private,
      ids.unconfirmed,
      ids.other,
    ]) {
      expect(answer).not.toContain(secret);
    }
  });

  it('shows a participant of another session nothing of this one, and refuses their mark', async () => {
    const sessions = await as(OUTSIDER).participant.mine.herkenbaar.list();
    expect(sessions.map((s) => s.sessionId)).toEqual([otherSessionId]);
    expect(JSON.stringify(sessions)).not.toContain(ids.shown);
    const refused = await failure(
      as(OUTSIDER).participant.mine.herkenbaar.mark({ dilemmaId: ids.shown, herkenbaar: true }),
    );
    expect(refused).toMatchObject({ code: 'NOT_FOUND' });
    // Hidden questions are refused the same way as unknown ones, to anyone.
    for (const dilemmaId of [ids.untitled, ids.private, ids.unconfirmed, randomUUID()]) {
      const hidden = await failure(
        as(SANNE).participant.mine.herkenbaar.mark({ dilemmaId, herkenbaar: true }),
      );
      expect(hidden.message).toBe('Deze vraag staat niet (meer) open om herkenbaar te maken.');
    }
    expect(
      (await coordinator().admin.herkenbaar.counts({ sessionId: APRIL_SESSION_ID })).filter(
        (c) => c.count > 0,
      ),
    ).toEqual([]);
  });

  it('counts a double mark once, and lets a participant take theirs back', async () => {
    await as(SANNE).participant.mine.herkenbaar.mark({ dilemmaId: ids.shown, herkenbaar: true });
    await as(SANNE).participant.mine.herkenbaar.mark({ dilemmaId: ids.shown, herkenbaar: true });
    await Promise.all([
      as(NOOR).participant.mine.herkenbaar.mark({ dilemmaId: ids.shown, herkenbaar: true }),
      as(NOOR).participant.mine.herkenbaar.mark({ dilemmaId: ids.shown, herkenbaar: true }),
    ]);
    const countOf = async () =>
      (await coordinator().admin.herkenbaar.counts({ sessionId: APRIL_SESSION_ID })).find(
        (c) => c.dilemmaId === ids.shown,
      )?.count;
    expect(await countOf()).toBe(2);
    const [mine] = await as(SANNE).participant.mine.herkenbaar.list();
    expect(mine!.items[0]!.marked).toBe(true);
    await as(NOOR).participant.mine.herkenbaar.mark({ dilemmaId: ids.shown, herkenbaar: false });
    expect(await countOf()).toBe(1);
    const [noors] = await as(NOOR).participant.mine.herkenbaar.list();
    expect(noors!.items[0]!.marked).toBe(false);
    await as(NOOR).participant.mine.herkenbaar.mark({ dilemmaId: ids.shown, herkenbaar: true });
    expect(await countOf()).toBe(2);
  });

  it('gives coordinators counts only, and stores nothing that says who marked', async () => {
    const counts = await coordinator().admin.herkenbaar.counts({ sessionId: APRIL_SESSION_ID });
    for (const count of counts) expect(Object.keys(count).sort()).toEqual(['count', 'dilemmaId']);
    expect(counts.map((c) => c.dilemmaId).sort()).toEqual(
      [ids.shown, ids.untitled, ids.private, ids.unconfirmed, ...(await seededIds())].sort(),
    );
    const stored = await handle.db.selectFrom('herkenbaar_mark').selectAll().execute();
    expect(stored.length).toBeGreaterThanOrEqual(2);
    const people = await handle.db.selectFrom('person').select(['id', 'email']).execute();
    const text = JSON.stringify(stored).toLowerCase();
    for (const p of people) {
      expect(text).not.toContain(p.id);
      if (p.email) expect(text).not.toContain(p.email);
    }
    for (const row of stored) expect(row.mark_key).toMatch(/^[0-9a-f]{64}$/);
    // Neither the coordinators' export of a person nor the audit log says what they marked.
    const sanne = people.find((p) => p.email === SANNE)!;
    const exported = JSON.stringify(
      await coordinator().admin.people.export({ personId: sanne.id }),
    );
    expect(exported).not.toContain(ids.shown);
    const audit = await handle.db.selectFrom('audit_log').selectAll().execute();
    expect(JSON.stringify(audit)).not.toContain('herkenbaar');
  });

  it('keeps the counts as they were when a participant is erased', async () => {
    const before = await coordinator().admin.herkenbaar.counts({ sessionId: APRIL_SESSION_ID });
    await as(NOOR).participant.mine.erase({ confirm: true });
    expect(await coordinator().admin.herkenbaar.counts({ sessionId: APRIL_SESSION_ID })).toEqual(
      before,
    );
  });

  it('refuses marks in Dutch once the session has started, and lists it no more', async () => {
    const refused = await failure(
      as(SANNE, STARTED).participant.mine.herkenbaar.mark({
        dilemmaId: ids.shown,
        herkenbaar: false,
      }),
    );
    expect(refused).toMatchObject({ code: 'PRECONDITION_FAILED', domainCode: 'HERKENBAAR.CLOSED' });
    expect(refused.message).toMatch(/^De sessie is al begonnen/);
    expect(await as(SANNE, STARTED).participant.mine.herkenbaar.list()).toEqual([]);
    const [mark] = (
      await coordinator().admin.herkenbaar.counts({ sessionId: APRIL_SESSION_ID })
    ).filter((c) => c.dilemmaId === ids.shown);
    expect(mark?.count).toBeGreaterThan(0);
  });

  async function seededIds(): Promise<string[]> {
    const known = new Set([ids.shown, ids.untitled, ids.private, ids.unconfirmed]);
    return (await coordinator().admin.dilemmas.list({ sessionId: APRIL_SESSION_ID }))
      .map((item) => item.dilemma.id)
      .filter((id) => !known.has(id));
  }
});
