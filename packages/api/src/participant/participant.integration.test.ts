import { databaseKindsUnderTest, pruneExpiredRows, type DatabaseHandle } from '@jamsessie/db';
import { PARTICIPANT_LINK_INVALID, PARTICIPANT_SIGN_IN_REQUIRED } from '@jamsessie/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParticipantUser } from '../context.js';
import { deliverAll, readMail } from '../mail/testing/mail.testing.js';
import {
  aCoordinator,
  callerFor,
  DEMO_NOW,
  openSeededDatabase,
  recordingParticipantCookies,
} from '../testing/api-harness.testing.js';
import { startSmtpSink, type SmtpSink } from '../testing/smtp-sink.testing.js';
import {
  PARTICIPANT_SIGN_IN_LIMITS,
  resolveParticipantFromToken,
} from './participant-session.service.js';

const SANNE = 'sanne.willems@delinde.example';
const ILSE = 'ilse.hermans@dewilgen.example';
const minutesLater = (minutes: number) => new Date(DEMO_NOW.getTime() + minutes * 60_000);

describe.each(databaseKindsUnderTest())("the participant's own place on %s", (kind) => {
  let handle: DatabaseHandle;
  let sink: SmtpSink;
  let clients = 0;
  const visitor = (now = DEMO_NOW) =>
    callerFor(handle.db, { now, clientKey: `participant-${kind}-${(clients += 1)}` });
  const coordinator = (now = DEMO_NOW) => callerFor(handle.db, { now, user: aCoordinator() });
  const signedIn = (participant: ParticipantUser, now = DEMO_NOW) =>
    callerFor(handle.db, { now, participant, clientKey: `signed-in-${kind}` });
  const personId = async (email: string) =>
    (
      await handle.db
        .selectFrom('person')
        .select('id')
        .where('email', '=', email)
        .executeTakeFirstOrThrow()
    ).id;
  const exportOf = async (email: string) => {
    const { exportedAt: _at, ...data } = await coordinator().admin.people.export({
      personId: await personId(email),
    });
    return data;
  };
  /** Delivers the outbox through the real SMTP sink; the token of the last link of `key` to `to`. */
  const linkMailedTo = async (to: string, key: 'aanmelden' | 'bevestigen', now: Date) => {
    await deliverAll(handle.db, sink, now);
    const mails = sink.received.map(readMail).filter((m) => m.to.includes(to));
    const token = new RegExp(`/mijn-gegevens#${key}=([A-Za-z0-9_-]{43})`).exec(
      mails.at(-1)?.text ?? '',
    )?.[1];
    if (!token) throw new Error(`no ${key} link mailed to ${to}`);
    return token;
  };
  const aprilSlug = async () =>
    (await visitor().agenda.list({ year: 2025, pageSize: 50 })).items.find(
      (s) => s.startsAt === '2025-04-07T11:00:00.000Z',
    )!.slug;
  const bring = async (text: string, email: string, now = DEMO_NOW) => {
    await visitor(now).forms.bringDilemma({
      sessionSlug: await aprilSlug(),
      text,
      ownerName: 'Iemand anders',
      ownerEmail: email,
      consent: 'quotable',
    });
    return handle.db
      .selectFrom('dilemma')
      .selectAll()
      .where('text', '=', text)
      .executeTakeFirstOrThrow();
  };

  beforeAll(async () => {
    ({ handle } = await openSeededDatabase(kind));
    sink = await startSmtpSink();
  });
  afterAll(async () => {
    await sink.close();
    await handle.close();
  });

  it("changes nothing in an existing person's record or export until the mailed link is followed", async () => {
    const before = await exportOf(SANNE);
    const text = 'Hoe houden we de deur open als de buren bezorgd bellen?';
    const dilemma = await bring(text, SANNE);
    expect(await exportOf(SANNE)).toEqual(before);
    expect(dilemma).toMatchObject({ owner_id: null, consent: 'private', unconfirmed_email: SANNE });
    const [listed] = (
      await coordinator().admin.dilemmas.list({ sessionId: dilemma.session_id })
    ).filter((item) => item.dilemma.id === dilemma.id);
    expect(listed).toMatchObject({ unconfirmed: true, currentConsent: 'private' });

    const token = await linkMailedTo(SANNE, 'bevestigen', minutesLater(1));
    const cookies = recordingParticipantCookies();
    const confirmedAt = minutesLater(5);
    await callerFor(handle.db, {
      now: confirmedAt,
      participantCookies: cookies,
    }).participant.confirmDilemma({ token });
    // The address is proven: the page opens with a cookie of its own.
    expect(cookies.set).toHaveLength(1);

    const after = await exportOf(SANNE);
    expect(after.dilemmas.map((d) => d.id)).toContain(dilemma.id);
    const record = after.consents.find((c) => c.subjectId === dilemma.id);
    expect(record).toMatchObject({
      subject: 'dilemma',
      level: 'quotable',
      method: 'confirmed_email',
      by: null,
      at: confirmedAt.toISOString(),
      given:
        'gegeven door de persoon, via bevestigd e-mailadres, op zaterdag 1 maart 2025, 10.05 uur',
    });
    const overview = await signedIn(
      { email: SANNE, sessionId: 'x' },
      confirmedAt,
    ).participant.mine.overview();
    expect(overview.dilemmas.find((d) => d.id === dilemma.id)?.consentGiven).toBe(
      'gegeven door de persoon, via bevestigd e-mailadres, op zaterdag 1 maart 2025, 10.05 uur',
    );

    // The same link again: refused, in Dutch, and nothing changes.
    await expect(
      visitor(minutesLater(6)).participant.confirmDilemma({ token }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: PARTICIPANT_LINK_INVALID });
    expect((await exportOf(SANNE)).consents).toHaveLength(after.consents.length);
  });

  it('refuses an expired link in Dutch; housekeeping deletes what stays unconfirmed for a week', async () => {
    const dilemma = await bring('Wie haalt een bewoner op die te ver is gelopen?', ILSE);
    const token = await linkMailedTo(ILSE, 'bevestigen', minutesLater(1));
    await expect(
      visitor(minutesLater(31)).participant.confirmDilemma({ token }),
    ).rejects.toMatchObject({ message: PARTICIPANT_LINK_INVALID });
    const still = () =>
      handle.db.selectFrom('dilemma').select('owner_id').where('id', '=', dilemma.id).execute();
    expect(await still()).toEqual([{ owner_id: null }]);

    const sixDays = new Date(DEMO_NOW.getTime() + 6 * 24 * 60 * 60_000);
    expect((await pruneExpiredRows(handle.db, sixDays.toISOString()))?.unconfirmedDilemmas).toBe(0);
    expect(await still()).toHaveLength(1);
    const eightDays = new Date(DEMO_NOW.getTime() + 8 * 24 * 60 * 60_000);
    const pruned = await pruneExpiredRows(handle.db, eightDays.toISOString());
    expect(pruned?.unconfirmedDilemmas).toBe(1);
    expect(await still()).toEqual([]);
    expect(await handle.db.selectFrom('participant_token').selectAll().execute()).toEqual([]);
  });

  it('signs in by link with its own short-lived session, which opens no coordinator procedure', async () => {
    const answers = [
      await visitor().participant.requestSignIn({ email: SANNE }),
      await visitor().participant.requestSignIn({ email: 'niemand@nergens.example' }),
    ];
    expect(answers).toEqual([{ status: 'received' }, { status: 'received' }]);
    const token = await linkMailedTo(SANNE, 'aanmelden', minutesLater(1));
    const stored = await handle.db.selectFrom('participant_token').select('token_hash').execute();
    expect(JSON.stringify(stored)).not.toContain(token);

    const cookies = recordingParticipantCookies();
    await callerFor(handle.db, {
      now: minutesLater(2),
      participantCookies: cookies,
    }).participant.signIn({ token });
    const [cookie] = cookies.set;
    expect(cookie?.expiresAt.toISOString()).toBe(minutesLater(62).toISOString());
    const participant = await resolveParticipantFromToken(
      handle.db,
      cookie!.token,
      minutesLater(3),
    );
    expect(participant?.email).toBe(SANNE);
    expect(
      await resolveParticipantFromToken(handle.db, cookie!.token, minutesLater(63)),
    ).toBeNull();

    const asParticipant = signedIn(participant!, minutesLater(3));
    expect((await asParticipant.participant.mine.overview()).email).toBe(SANNE);
    await expect(asParticipant.admin.people.list({})).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    await expect(visitor().participant.mine.overview()).rejects.toMatchObject({
      message: PARTICIPANT_SIGN_IN_REQUIRED,
    });
    // A sign-in link does not confirm a dilemma (one purpose per link), and is spent.
    await expect(
      visitor(minutesLater(3)).participant.confirmDilemma({ token }),
    ).rejects.toMatchObject({ message: PARTICIPANT_LINK_INVALID });
  });

  it('limits a flood of sign-in requests for one address without revealing it', async () => {
    const email = 'overstroomd@delinde.example';
    const answers = [];
    for (let i = 0; i < PARTICIPANT_SIGN_IN_LIMITS.perAddress.limit + 3; i += 1) {
      answers.push(await visitor().participant.requestSignIn({ email }));
    }
    expect(new Set(answers.map((a) => JSON.stringify(a)))).toEqual(
      new Set([JSON.stringify({ status: 'received' })]),
    );
    const queued = await handle.db
      .selectFrom('email_outbox')
      .select('id')
      .where('recipient', '=', email)
      .execute();
    expect(queued).toHaveLength(PARTICIPANT_SIGN_IN_LIMITS.perAddress.limit);
  });

  it('erasing oneself leaves the reports, anonymised, and ends every way in', async () => {
    const ilse = await personId(ILSE);
    const reportsBefore = await handle.db.selectFrom('report').select(['id', 'status']).execute();
    const theirs = await handle.db
      .selectFrom('dilemma')
      .select('id')
      .where('owner_id', '=', ilse)
      .execute();
    expect(theirs.length).toBeGreaterThan(0);
    const asIlse = signedIn({ email: ILSE, sessionId: 'x' });
    await expect(
      // @ts-expect-error: the confirmation is required
      asIlse.participant.mine.erase({}),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const result = await asIlse.participant.mine.erase({ confirm: true });
    expect(result.anonymised.reports).toBeGreaterThan(0);
    expect(
      await handle.db.selectFrom('person').where('id', '=', ilse).select('id').execute(),
    ).toEqual([]);
    expect(await handle.db.selectFrom('report').select(['id', 'status']).execute()).toEqual(
      reportsBefore,
    );
    const kept = await handle.db
      .selectFrom('dilemma')
      .select(['owner_id', 'owner_name'])
      .where(
        'id',
        'in',
        theirs.map((d) => d.id),
      )
      .execute();
    expect(kept.every((d) => d.owner_id === null && d.owner_name !== 'Ilse Hermans')).toBe(true);
    const sections = JSON.stringify(
      await handle.db.selectFrom('report').select('sections').execute(),
    );
    expect(sections).not.toContain('Ilse Hermans');
    expect(sections).not.toContain(ilse);
  });
});
