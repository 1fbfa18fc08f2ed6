import { DEMO_MEETING_LINK, databaseKindsUnderTest, type DatabaseHandle } from '@jamsessie/db';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LINK_REQUEST_LIMITS, LINK_REQUEST_MIN_MS } from './link-request.service.js';
import { callerFor, DEMO_NOW, openSeededDatabase } from '../testing/api-harness.testing.js';

const SERIES = 'jamsessies-vvlg';

describe.each(databaseKindsUnderTest())('public forms on %s', (kind) => {
  let handle: DatabaseHandle;
  let clientCounter = 0;
  const freshCaller = (now: Date = DEMO_NOW) =>
    callerFor(handle.db, { now, clientKey: `forms-${kind}-${(clientCounter += 1)}` });
  const outbox = () =>
    handle.db.selectFrom('email_outbox').select(['recipient', 'subject', 'text_body']).execute();

  beforeAll(async () => {
    ({ handle } = await openSeededDatabase(kind));
  });
  afterAll(async () => {
    await handle.close();
  });
  beforeEach(async () => {
    await handle.db.deleteFrom('email_outbox').execute();
  });

  it('answers eligible and ineligible addresses identically; only the eligible one gets mail', async () => {
    const timed = async (email: string) => {
      const started = performance.now();
      const answer = await freshCaller().forms.requestLink({ email, seriesSlug: SERIES });
      return { answer, ms: performance.now() - started };
    };
    const eligible = await timed('Nieuwe.Collega@DeLinde.example');
    const outsider = await timed('iemand@elders.example');
    const ended = await timed('oud@debrug.example'); // participation ended in 2022
    expect(eligible.answer).toEqual({ status: 'received' });
    expect(outsider.answer).toEqual(eligible.answer);
    expect(ended.answer).toEqual(eligible.answer);
    for (const { ms } of [eligible, outsider, ended]) {
      expect(ms).toBeGreaterThanOrEqual(LINK_REQUEST_MIN_MS - 5);
    }

    const rows = await outbox();
    expect(rows.map((r) => r.recipient)).toEqual(['nieuwe.collega@delinde.example']);
    expect(rows[0]?.text_body).toContain(DEMO_MEETING_LINK);
    expect(rows[0]?.subject).toContain('Jamsessies');
  });

  it('mails a LOC member whose organisation has no participation', async () => {
    await freshCaller().forms.requestLink({
      email: 'kim.debruijn@clientenraad-delinde.example',
      seriesSlug: SERIES,
    });
    expect((await outbox()).map((r) => r.recipient)).toEqual([
      'kim.debruijn@clientenraad-delinde.example',
    ]);
  });

  it('queues one mail per address and series per day', async () => {
    const email = 'team@hetbaken.example';
    await freshCaller().forms.requestLink({ email, seriesSlug: SERIES });
    await freshCaller().forms.requestLink({ email, seriesSlug: SERIES });
    expect(await outbox()).toHaveLength(1);
    const nextDay = new Date(DEMO_NOW.getTime() + 24 * 3600_000);
    await freshCaller(nextDay).forms.requestLink({ email, seriesSlug: SERIES });
    expect(await outbox()).toHaveLength(2);
  });

  it('rate-limits a client that tries many addresses', async () => {
    const caller = callerFor(handle.db, { clientKey: `scanner-${kind}` });
    for (let i = 0; i < LINK_REQUEST_LIMITS.perClient.limit; i += 1) {
      await caller.forms.requestLink({ email: `p${i}@elders.example`, seriesSlug: SERIES });
    }
    await expect(
      caller.forms.requestLink({ email: 'laatste@delinde.example', seriesSlug: SERIES }),
    ).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(await outbox()).toHaveLength(0);
  });

  it('refuses an unknown series', async () => {
    await expect(
      freshCaller().forms.requestLink({ email: 'a@delinde.example', seriesSlug: 'bestaat-niet' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('holds a brought dilemma unconfirmed (no owner, no consent) until the mailed link is followed', async () => {
    const april = (await freshCaller().agenda.list({ year: 2025, pageSize: 50 })).items.find(
      (s) => s.startsAt === '2025-04-07T11:00:00.000Z',
    )!;
    const text = 'Hoe betrekken we de buren als een bewoner graag alleen op stap gaat?';
    const receipt = await freshCaller().forms.bringDilemma({
      sessionSlug: april.slug,
      text,
      followUpQuestions: ['Wie spreken we als eerste aan?'],
      ownerName: 'Fenna',
      ownerEmail: 'fenna@dewilgen.example',
    });
    expect(receipt).toEqual({ status: 'received', clientNameHint: null });
    const stored = await handle.db
      .selectFrom('dilemma')
      .selectAll()
      .where('text', '=', text)
      .executeTakeFirstOrThrow();
    // Held unconfirmed: attached to nobody, no consent recorded, the level kept aside.
    expect(stored).toMatchObject({
      status: 'inventoried',
      consent: 'private',
      session_id: april.id,
      owner_id: null,
      unconfirmed_email: 'fenna@dewilgen.example',
      requested_consent: 'private',
    });
    const consentOf = () =>
      handle.db.selectFrom('consent').selectAll().where('subject_id', '=', stored.id).execute();
    expect(await consentOf()).toEqual([]);
    const person = () =>
      handle.db
        .selectFrom('person')
        .selectAll()
        .where('email', '=', 'fenna@dewilgen.example')
        .executeTakeFirst();
    expect(await person()).toBeUndefined();
    const [mail] = await outbox();
    expect(mail?.recipient).toBe('fenna@dewilgen.example');
    const token = /#bevestigen=([A-Za-z0-9_-]{43})/.exec(mail?.text_body ?? '')?.[1];
    expect(token).toBeDefined();

    // Following the link attaches it and records her consent, by confirmed e-mail.
    await freshCaller(new Date(DEMO_NOW.getTime() + 60_000)).participant.confirmDilemma({
      token: token!,
    });
    const owner = await person();
    expect(owner).toBeDefined();
    expect(
      (
        await handle.db
          .selectFrom('dilemma')
          .select('owner_id')
          .where('id', '=', stored.id)
          .executeTakeFirstOrThrow()
      ).owner_id,
    ).toBe(owner!.id);
    // Her address's domain belongs to a participating organisation: she is listed with it.
    const organisation = await handle.db
      .selectFrom('organisation_email_domain')
      .select('organisation_id')
      .where('domain', '=', 'dewilgen.example')
      .executeTakeFirstOrThrow();
    expect(owner!.organisation_id).toBe(organisation.organisation_id);
    expect((await consentOf()).map((c) => [c.subject, c.level, c.method, c.recorded_by])).toEqual([
      ['dilemma', 'private', 'confirmed_email', null],
    ]);
  });

  it('warns when a dilemma seems to name a client, and refuses a session that is over', async () => {
    const sessions = await freshCaller().agenda.list({ year: 2025, pageSize: 50 });
    const april = sessions.items.find((s) => s.startsAt === '2025-04-07T11:00:00.000Z')!;
    const receipt = await freshCaller().forms.bringDilemma({
      sessionSlug: april.slug,
      text: 'Meneer Jansen op kamer 12 wil graag naar buiten, wat doen we?',
    });
    expect(receipt.clientNameHint).toEqual(expect.any(String));
    const afterwards = new Date('2025-04-07T12:30:00.000Z');
    await expect(
      freshCaller(afterwards).forms.bringDilemma({
        sessionSlug: april.slug,
        text: 'Een vraag die te laat komt voor deze sessie.',
      }),
    ).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
  });
});
