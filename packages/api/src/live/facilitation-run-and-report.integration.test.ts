import { randomUUID } from 'node:crypto';
import { databaseKindsUnderTest, demoId, type DatabaseHandle } from '@jamsessie/db';
import type { ProtocolEvent } from '@jamsessie/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminCaller,
  failure,
  liveCaller,
  openAdminDatabase,
  testClock,
  type AdminUsers,
} from '../testing/admin-harness.testing.js';
import { BEFORE_MAY_SESSION, PRIVATE_TEXT, SANNE } from '../testing/facilitation.testing.js';

const MAY = demoId('session:jamsessies-vvlg:2025-05-05');
const JEROEN = demoId('person:jeroen');
const WENDY = demoId('person:wendy');

const SHARED_TEXT = 'Hoe betrek je de buren als de voordeur van de locatie open gaat?';
const QUOTE = 'Wie de buurt kent, weet ook wie er even mee kan lopen.';

// One session from start to end: each test goes on from the state the previous one left.
describe.each(databaseKindsUnderTest())('facilitating a session on %s', (kind) => {
  let handle: DatabaseHandle;
  let users: AdminUsers;
  const clock = testClock(BEFORE_MAY_SESSION);
  // A fresh caller per call: nothing is remembered between requests but the database.
  const caller = () => adminCaller(handle.db, users.coordinator, clock);
  let privateId = '';
  let sharedId = '';
  let version = 0;
  let reportId = '';

  async function dispatch(event: ProtocolEvent) {
    const view = await caller().admin.protocol.dispatch({ sessionId: MAY, version, event });
    version = view.run.version;
    return view;
  }
  const at = () => clock.now.toISOString();

  beforeAll(async () => {
    ({ handle, users } = await openAdminDatabase(kind));
  });
  afterAll(async () => {
    await handle.close();
  });

  it('inventories two dilemmas typed by the facilitator and opens the run', async () => {
    const first = await caller().admin.dilemmas.add({
      sessionId: MAY,
      text: PRIVATE_TEXT,
      ownerId: SANNE,
      consent: 'private',
    });
    privateId = first.dilemma.id;
    expect(first.dilemma).toMatchObject({ status: 'inventoried', ownerName: 'Sanne Willems' });

    const opened = await caller().admin.protocol.start({ sessionId: MAY });
    expect(opened.state.phase).toBe('inventory');
    expect(opened.viewToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(opened.state.dilemmas.map((d) => d.dilemmaId)).toEqual([privateId]);
    // Starting again returns the same run.
    expect((await caller().admin.protocol.start({ sessionId: MAY })).run.id).toBe(opened.run.id);

    clock.advance(1);
    const second = await caller().admin.dilemmas.add({
      sessionId: MAY,
      text: SHARED_TEXT,
      ownerId: JEROEN,
      consent: 'shareable_anonymised',
    });
    sharedId = second.dilemma.id;
    const run = await caller().admin.protocol.get({ sessionId: MAY });
    expect(run?.state.dilemmas.map((d) => d.dilemmaId)).toEqual([privateId, sharedId]);
    version = run!.run.version;

    const listed = await caller().admin.dilemmas.list({ sessionId: MAY });
    expect(listed.map((d) => d.dilemma.text)).toEqual([PRIVATE_TEXT, SHARED_TEXT]);
  });

  it('runs both dilemmas through all steps; a reload finds the same step and time left', async () => {
    const chosen = await dispatch({ type: 'choose', dilemmaIds: [privateId, sharedId] });
    expect(chosen.derived.next.kind).toBe('start');
    const inventory = await caller().admin.dilemmas.list({ sessionId: MAY });
    expect(inventory.map((d) => [d.dilemma.status, d.dilemma.position])).toEqual([
      ['chosen', 0],
      ['chosen', 1],
    ]);

    clock.set('2025-05-05T11:05:00.000Z');
    const started = await dispatch({ type: 'start', at: '2000-01-01T00:00:00.000Z' });
    expect(started.state.startedAt).toBe('2025-05-05T11:05:00.000Z');
    expect(started.derived.current).toMatchObject({ step: 1, dilemmaIndex: 0 });
    const formulate = started.derived.current!.plannedMinutes;

    clock.advance(formulate);
    const step2 = await dispatch({ type: 'next', at: at() });
    expect(step2.derived.camera).toBe('everyone_but_owner');
    expect(step2.derived.cue).toBe('Sanne Willems zet de camera uit en luistert mee.');
    await dispatch({
      type: 'addNote',
      id: randomUUID(),
      dilemmaId: privateId,
      step: 2,
      kind: 'tip',
      text: 'Maak samen met de bakker een afspraak.',
    });
    clock.advance(10);
    await dispatch({ type: 'next', at: at() });
    await dispatch({
      type: 'addNote',
      id: randomUUID(),
      dilemmaId: privateId,
      step: 3,
      kind: 'takeaway',
      text: 'Eerst met de familie in gesprek.',
    });
    clock.advance(4);
    const nextDilemma = await dispatch({ type: 'next', at: at() });
    expect(nextDilemma.derived.current).toMatchObject({ step: 1, dilemmaIndex: 1 });
    clock.advance(4);
    const discuss = await dispatch({ type: 'next', at: at() });
    expect(discuss.derived.current).toMatchObject({ step: 2, dilemmaIndex: 1 });
    await dispatch({
      type: 'addNote',
      id: randomUUID(),
      dilemmaId: sharedId,
      step: 2,
      kind: 'tip',
      text: 'Flyers in de buurt.',
    });

    // Two minutes later the page is reloaded (another request, maybe another server).
    clock.advance(2);
    const reloaded = await adminCaller(handle.db, users.coordinator, clock).admin.protocol.get({
      sessionId: MAY,
    });
    expect(reloaded?.run.version).toBe(version);
    expect(reloaded?.derived.current).toMatchObject({ step: 2, dilemmaIndex: 1 });
    const planned = reloaded!.derived.current!.plannedMinutes * 60;
    expect(reloaded?.derived.clock).toMatchObject({
      remainingSeconds: planned - 120,
      paused: false,
    });

    // The participants' screen: step, heading, clock and cue only.
    const live = await liveCaller(handle.db, clock).view({ token: reloaded!.viewToken! });
    expect(live.step).toMatchObject({ number: 2, dilemmaNumber: 2, dilemmaCount: 2 });
    // No kop was given: the screen never shows words of the unreviewed text itself.
    expect(live.heading).toBe('Vraag 2');
    expect(live.clock?.remainingSeconds).toBe(planned - 120);
    expect(live.cue).toBe('Persoon A zet de camera uit en luistert mee.');
    const shown = JSON.stringify(live);
    expect(shown).not.toContain('Jeroen');
    expect(shown).not.toContain('bakker');

    clock.advance(8);
    await dispatch({ type: 'next', at: at() });
    clock.advance(4);
    const closing = await dispatch({ type: 'next', at: at() });
    expect(closing.state.phase).toBe('closing');
    clock.advance(5);
    const finished = await dispatch({ type: 'next', at: at() });
    expect(finished.state.phase).toBe('finished');
    expect(finished.state.slots.map((s) => s.outcome)).toEqual(['done', 'done']);

    const after = await caller().admin.dilemmas.list({ sessionId: MAY });
    expect(after.map((d) => d.dilemma.status)).toEqual(['discussed', 'discussed']);
  });

  it('refuses an event on a stale version or in the wrong phase, changing nothing', async () => {
    const before = await caller().admin.protocol.get({ sessionId: MAY });
    const stale = await failure(
      caller().admin.protocol.dispatch({
        sessionId: MAY,
        version: version - 1,
        event: { type: 'finish', at: at() },
      }),
    );
    expect(stale.code).toBe('CONFLICT');
    const wrongPhase = await failure(
      caller().admin.protocol.dispatch({
        sessionId: MAY,
        version,
        event: { type: 'pause', at: at() },
      }),
    );
    expect(wrongPhase).toMatchObject({
      code: 'PRECONDITION_FAILED',
      domainCode: 'PROTOCOL.FINISHED',
    });
    const after = await caller().admin.protocol.get({ sessionId: MAY });
    expect(after?.state).toEqual(before?.state);
    expect(after?.run.version).toBe(before?.run.version);
  });

  it('drafts the report, refuses to publish a quote without consent, publishes after consent', async () => {
    const draft = await caller().admin.reports.draftFromRun({ sessionId: MAY });
    reportId = draft.id;
    expect(draft.status).toBe('draft');
    expect(draft.sections.map((s) => s.heading)).toEqual(['Vraag 1', 'Vraag 2']);
    expect(draft.sections[0]?.dilemmaText).toBeNull();
    expect(draft.sections[0]?.tips).toEqual(['Maak samen met de bakker een afspraak.']);
    expect(JSON.stringify(draft)).not.toContain('Sanne');

    const withQuote = await caller().admin.reports.update({
      id: draft.id,
      version: draft.version,
      intro: 'Een mooie middag over open deuren en de buurt.',
      sections: draft.sections.map((s, i) =>
        i === 1
          ? {
              ...s,
              quote: { text: QUOTE, authorId: WENDY, dilemmaId: null, consent: 'private' as const },
            }
          : s,
      ),
    });

    const refused = await failure(
      caller().admin.reports.publish({ id: draft.id, version: withQuote.version }),
    );
    expect(refused).toMatchObject({
      code: 'PRECONDITION_FAILED',
      domainCode: 'REPORT.CONSENT_MISSING',
    });
    expect(refused.message).toContain('het citaat „Wie de buurt kent');
    const unchanged = await caller().admin.reports.get({ id: draft.id });
    expect(unchanged.report).toMatchObject({ status: 'draft', version: withQuote.version });
    expect(unchanged.consentGaps).toHaveLength(1);

    await caller().admin.reports.consents.record({
      personId: WENDY,
      subject: 'quote',
      subjectId: sharedId,
      level: 'quotable',
    });
    clock.set('2025-05-12T09:00:00.000Z');
    const published = await caller().admin.reports.publish({
      id: draft.id,
      version: withQuote.version,
    });
    expect(published).toMatchObject({
      status: 'published',
      publishedAt: '2025-05-12T09:00:00.000Z',
    });

    const visitor = adminCaller(handle.db, null, clock);
    const page = await visitor.reports.bySlug({ slug: published.slug });
    expect(page.report.sections[1]?.quote).toEqual({ text: QUOTE });
    expect(page.report.sections[1]?.dilemmaText).toBe(SHARED_TEXT);
    expect(page.report.sections[0]?.dilemmaText).toBeNull();
    const text = JSON.stringify(page);
    expect(text).not.toContain('bakker op de hoek');
    expect(text).not.toContain(WENDY);
  });

  it('keeps a published report consented and can take it offline again', async () => {
    const { report } = await caller().admin.reports.get({ id: reportId });
    // The change waits in the working copy; publishing it is refused without consent.
    const working = await caller().admin.reports.update({
      id: report.id,
      version: report.version,
      reactions: [
        { id: randomUUID(), text: 'Heel fijn gesprek!', authorId: SANNE, consent: 'private' },
      ],
    });
    const refused = await failure(
      caller().admin.reports.publishChanges({ id: report.id, version: working.version }),
    );
    expect(refused.domainCode).toBe('REPORT.CONSENT_MISSING');
    const offline = await caller().admin.reports.unpublish({
      id: report.id,
      version: working.version,
    });
    expect(offline.status).toBe('draft');
    const visitor = adminCaller(handle.db, null, clock);
    expect((await failure(visitor.reports.bySlug({ slug: report.slug }))).code).toBe('NOT_FOUND');
  });
});
