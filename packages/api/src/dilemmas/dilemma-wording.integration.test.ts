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
import { BEFORE_MAY_SESSION } from '../testing/facilitation.testing.js';

const NAMED = 'Mevrouw De Vries op kamer 12 wil elke dag alleen naar de markt.';
const EDITED = 'Een bewoonster wil elke dag alleen naar de markt.';

describe.each(databaseKindsUnderTest())('editing a dilemma’s text and kop on %s', (kind) => {
  let handle: DatabaseHandle;
  let users: AdminUsers;
  const clock = testClock(BEFORE_MAY_SESSION);
  const caller = () => adminCaller(handle.db, users.coordinator, clock);
  const session = demoId('session:jamsessies-vvlg:2025-08-04');

  beforeAll(async () => {
    ({ handle, users } = await openAdminDatabase(kind));
  });
  afterAll(async () => {
    await handle.close();
  });

  it('keeps the earlier wording for coordinators and warns until the name is gone', async () => {
    const added = await caller().admin.dilemmas.add({
      sessionId: session,
      text: NAMED,
      consent: 'quotable',
    });
    expect(added.clientNameHint).toContain('Mevrouw De Vries');
    clock.advance(1);
    const updated = await caller().admin.dilemmas.update({
      id: added.dilemma.id,
      version: added.dilemma.version,
      text: EDITED,
      kop: 'Alleen naar de markt',
    });
    expect(updated.dilemma).toMatchObject({ text: EDITED, kop: 'Alleen naar de markt' });
    expect(updated.clientNameHint).toBeNull();

    const [listed] = await caller().admin.dilemmas.list({ sessionId: session });
    expect(listed?.dilemma.text).toBe(EDITED);
    expect(listed?.earlierWordings).toEqual([
      {
        text: NAMED,
        followUpQuestions: [],
        replacedAt: clock.now.toISOString(),
        replacedBy: users.coordinator.id,
      },
    ]);
    expect(listed?.clientNameHint).toBeNull();

    // A change of kop only is not a new wording.
    await caller().admin.dilemmas.update({
      id: updated.dilemma.id,
      version: updated.dilemma.version,
      kop: 'Elke dag naar de markt',
    });
    const [again] = await caller().admin.dilemmas.list({ sessionId: session });
    expect(again?.earlierWordings).toHaveLength(1);
  });

  it('refuses a kop that is too long, and changes nothing', async () => {
    const [before] = await caller().admin.dilemmas.list({ sessionId: session });
    const refused = await failure(
      caller().admin.dilemmas.update({
        id: before!.dilemma.id,
        version: before!.dilemma.version,
        kop: 'x'.repeat(81),
      }),
    );
    expect(refused.code).toBe('BAD_REQUEST');
    const [after] = await caller().admin.dilemmas.list({ sessionId: session });
    expect(after?.dilemma).toEqual(before?.dilemma);
  });

  it('shows the kop on the participants’ screen, never the text', async () => {
    // Ten minutes before the 4 August session (13.00 Amsterdam): its run may start.
    clock.set('2025-08-04T10:50:00.000Z');
    const opened = await caller().admin.protocol.start({ sessionId: session });
    const d = opened.state.dilemmas[0]!.dilemmaId;
    let v = opened.run.version;
    for (const event of [
      { type: 'choose', dilemmaIds: [d] },
      { type: 'start', at: clock.now.toISOString() },
    ] as ProtocolEvent[]) {
      v = (await caller().admin.protocol.dispatch({ sessionId: session, version: v, event })).run
        .version;
    }
    const live = await liveCaller(handle.db, clock).view({ token: opened.viewToken! });
    expect(live.heading).toBe('Elke dag naar de markt');
    const shown = JSON.stringify(live);
    for (const hidden of ['Vries', 'kamer 12', 'bewoonster']) expect(shown).not.toContain(hidden);
  });
});
