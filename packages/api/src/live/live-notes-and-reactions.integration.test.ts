import { randomUUID } from 'node:crypto';
import {
  databaseKindsUnderTest,
  demoId,
  listProtocolNotes,
  type DatabaseHandle,
} from '@jamsessie/db';
import type { ProtocolEvent } from '@jamsessie/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminCaller,
  failure,
  openAdminDatabase,
  testClock,
  type AdminUsers,
} from '../testing/admin-harness.testing.js';
import { BEFORE_MAY_SESSION, SANNE } from '../testing/facilitation.testing.js';

const MAY = demoId('session:jamsessies-vvlg:2025-05-05');
const QUESTION =
  'Een bewoner wil elke avond alleen naar de bakker op de hoek, de familie vindt dat te gevaarlijk; hoe vinden we samen een weg die voor iedereen goed voelt?';

// The live run keeps every word: one session, each test going on from the previous one.
describe.each(databaseKindsUnderTest())('the live run keeps every word on %s', (kind) => {
  let handle: DatabaseHandle;
  let users: AdminUsers;
  const clock = testClock(BEFORE_MAY_SESSION);
  // A fresh caller per call, as if every request reached another server process.
  const caller = () => adminCaller(handle.db, users.coordinator, clock);
  let dilemmaId = '';
  let version = 0;
  const draftId = randomUUID();

  async function dispatch(event: ProtocolEvent) {
    const view = await caller().admin.protocol.dispatch({ sessionId: MAY, version, event });
    version = view.run.version;
    return view;
  }
  const at = () => clock.now.toISOString();
  const draft = (text: string, step: 1 | 2 | 3 = 2): ProtocolEvent => ({
    type: 'saveNoteDraft',
    id: draftId,
    dilemmaId,
    step,
    kind: 'tip',
    text,
  });

  beforeAll(async () => {
    ({ handle, users } = await openAdminDatabase(kind));
    const added = await caller().admin.dilemmas.add({
      sessionId: MAY,
      text: QUESTION,
      ownerId: SANNE,
      consent: 'private',
    });
    dilemmaId = added.dilemma.id;
    version = (await caller().admin.protocol.start({ sessionId: MAY })).run.version;
    await dispatch({ type: 'choose', dilemmaIds: [dilemmaId] });
    clock.set('2025-05-05T11:05:00.000Z');
    await dispatch({ type: 'start', at: at() });
    await dispatch({ type: 'next', at: at() });
  });
  afterAll(async () => {
    await handle.close();
  });

  it('keeps unsent text of the step on the server, for a reload or another process', async () => {
    await dispatch(draft('Maak een afspraak met'));
    const saved = await dispatch(draft('Maak een afspraak met de bakker'));
    expect(saved.state.drafts).toEqual([
      { id: draftId, dilemmaId, step: 2, kind: 'tip', text: 'Maak een afspraak met de bakker' },
    ]);
    const reloaded = await caller().admin.protocol.get({ sessionId: MAY });
    expect(reloaded?.state.drafts.map((d) => d.text)).toEqual(['Maak een afspraak met de bakker']);
    expect(reloaded?.run.version).toBe(version);
  });

  it('refuses text for a step that is not on screen, changing nothing', async () => {
    const refused = await failure(
      caller().admin.protocol.dispatch({ sessionId: MAY, version, event: draft('Te laat', 1) }),
    );
    expect(refused).toMatchObject({ domainCode: 'PROTOCOL.NOT_CURRENT_STEP' });
    expect(refused.message).toBe('Deze stap is al voorbij: voeg de tekst toe als notitie.');
    const after = await caller().admin.protocol.get({ sessionId: MAY });
    expect(after?.run.version).toBe(version);
    expect(after?.state.drafts.map((d) => d.text)).toEqual(['Maak een afspraak met de bakker']);
  });

  it('keeps the unsent text as a note when the step is left, also in the notes table', async () => {
    clock.advance(15);
    const next = await dispatch({ type: 'next', at: at() });
    expect(next.derived.current?.step).toBe(3);
    expect(next.state.drafts).toEqual([]);
    expect(next.state.notes).toEqual([
      { id: draftId, dilemmaId, step: 2, kind: 'tip', text: 'Maak een afspraak met de bakker' },
    ]);
    const notes = await listProtocolNotes(handle.db, next.run.id);
    expect(notes.map((n) => n.text)).toEqual(['Maak een afspraak met de bakker']);
  });

  it('records closing-round reactions with consent; the draft takes over the quotable ones', async () => {
    const closing = await dispatch({ type: 'next', at: at() });
    expect(closing.state.phase).toBe('closing');
    const quotable = randomUUID();
    await dispatch({
      type: 'addReaction',
      id: quotable,
      text: 'Heel waardevol!',
      consent: 'quotable',
    });
    await dispatch({
      type: 'addReaction',
      id: randomUUID(),
      text: 'Mijn teamleider zei hetzelfde.',
      consent: 'private',
    });
    const refused = await failure(
      caller().admin.protocol.dispatch({
        sessionId: MAY,
        version,
        event: { type: 'addReaction', id: randomUUID(), text: '  ', consent: 'quotable' },
      }),
    );
    expect(refused.code).toBe('BAD_REQUEST');
    const finished = await dispatch({ type: 'finish', at: at() });
    expect(finished.state.reactions.map((r) => r.consent)).toEqual(['quotable', 'private']);

    const report = await caller().admin.reports.draftFromRun({ sessionId: MAY });
    expect(report.reactions).toEqual([
      { id: quotable, text: 'Heel waardevol!', authorId: null, consent: 'quotable' },
    ]);
    expect(report.sections[0]?.tips).toEqual(['Maak een afspraak met de bakker']);
    expect(JSON.stringify(report)).not.toContain('teamleider');
  });
});
