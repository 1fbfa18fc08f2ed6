import { databaseKindsUnderTest, demoId, type DatabaseHandle } from '@jamsessie/db';
import { OWNER_TAKEAWAY_PREFIX, type ProtocolEvent } from '@jamsessie/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminCaller,
  openAdminDatabase,
  testClock,
  type AdminUsers,
} from '../testing/admin-harness.testing.js';
import { BEFORE_MAY_SESSION } from '../testing/facilitation.testing.js';

const FENCE = 'Bewoners lopen bij mooi weer buiten het hek; wie haalt ze op, wij of de familie?';
const CARERS = 'Mantelzorgers verzetten zich tegen open deuren; hoe gaan we daarover in gesprek?';
const CONSENTED = 'Vooraf met de familie de rollen afspreken.\nGPS als de familie ver weg woont.';
const KEPT_PRIVATE = 'Ik durf dit niet tegen mijn teamleider te zeggen.';

// The November session: its run is used by no other test in this file's database.
describe.each(databaseKindsUnderTest())("person A's notes in the report draft on %s", (kind) => {
  let handle: DatabaseHandle;
  let users: AdminUsers;
  const clock = testClock(BEFORE_MAY_SESSION);
  const coordinator = () => adminCaller(handle.db, users.coordinator, clock);
  const anyone = () => adminCaller(handle.db, null, clock);
  const at = () => clock.now.toISOString();

  beforeAll(async () => {
    ({ handle, users } = await openAdminDatabase(kind));
  });
  afterAll(async () => {
    await handle.close();
  });

  it('takes A’s notes into the take-aways, marked as A’s, only where A consented', async () => {
    const sessionId = demoId('session:jamsessies-vvlg:2025-11-03');
    const a = (await coordinator().admin.dilemmas.add({ sessionId, text: FENCE })).dilemma.id;
    const b = (await coordinator().admin.dilemmas.add({ sessionId, text: CARERS })).dilemma.id;
    // Ten minutes before the session (13.00 Amsterdam, winter time): its run may start.
    clock.set('2025-11-03T11:50:00.000Z');
    let v = (await coordinator().admin.protocol.start({ sessionId })).run.version;
    const send = async (event: ProtocolEvent) => {
      v = (await coordinator().admin.protocol.dispatch({ sessionId, version: v, event })).run
        .version;
    };
    await send({ type: 'choose', dilemmaIds: [a, b] });
    await send({ type: 'start', at: at() });
    const linkOf = async (dilemmaId: string) =>
      (await coordinator().admin.protocol.cueLink({ sessionId, dilemmaId })).token;
    const [tokenA, tokenB] = [await linkOf(a), await linkOf(b)];
    // Both dilemmas go through steps 1, 2 and 3; both owners jot notes while away.
    await send({ type: 'next', at: at() });
    await anyone().cue.saveNotes({ token: tokenA, notes: CONSENTED, consent: 'quotable' });
    for (let i = 0; i < 3; i++) await send({ type: 'next', at: at() });
    await anyone().cue.saveNotes({ token: tokenB, notes: KEPT_PRIVATE, consent: 'private' });
    await send({ type: 'next', at: at() });
    await send({ type: 'finish', at: at() });

    const draft = await coordinator().admin.reports.draftFromRun({ sessionId });
    const sectionOf = (id: string) => draft.sections.find((s) => s.dilemmaId === id)!;
    expect(sectionOf(a).takeAways).toEqual([
      `${OWNER_TAKEAWAY_PREFIX}Vooraf met de familie de rollen afspreken.`,
      `${OWNER_TAKEAWAY_PREFIX}GPS als de familie ver weg woont.`,
    ]);
    // Without consent nothing of B's notes, anywhere in the draft.
    expect(sectionOf(b).takeAways).toEqual([]);
    expect(JSON.stringify(draft)).not.toContain('teamleider');
  });
});
