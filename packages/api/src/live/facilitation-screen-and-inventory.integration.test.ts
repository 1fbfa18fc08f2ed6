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

// The June and July sessions: their runs do not depend on the May run (run-and-report file).
describe.each(databaseKindsUnderTest())('facilitating a session on %s', (kind) => {
  let handle: DatabaseHandle;
  let users: AdminUsers;
  const clock = testClock(BEFORE_MAY_SESSION);
  // A fresh caller per call: nothing is remembered between requests but the database.
  const caller = () => adminCaller(handle.db, users.coordinator, clock);
  const at = () => clock.now.toISOString();

  beforeAll(async () => {
    ({ handle, users } = await openAdminDatabase(kind));
  });
  afterAll(async () => {
    await handle.close();
  });

  it('shows a private dilemma only as "Vraag 1" on the participants’ screen', async () => {
    const otherSession = demoId('session:jamsessies-vvlg:2025-06-02');
    await caller().admin.dilemmas.add({
      sessionId: otherSession,
      text: PRIVATE_TEXT,
      ownerId: SANNE,
    });
    const opened = await caller().admin.protocol.start({ sessionId: otherSession });
    const d = opened.state.dilemmas[0]!.dilemmaId;
    let v = opened.run.version;
    for (const event of [
      { type: 'choose', dilemmaIds: [d] },
      { type: 'start', at: at() },
    ] as ProtocolEvent[]) {
      v = (await caller().admin.protocol.dispatch({ sessionId: otherSession, version: v, event }))
        .run.version;
    }
    const live = await liveCaller(handle.db, clock).view({ token: opened.viewToken! });
    expect(live.heading).toBe('Vraag 1');
    // The screen follows by the run's version alone: it changes with every step.
    const before = await liveCaller(handle.db, clock).version({ token: opened.viewToken! });
    expect(before).toEqual({ version: v });
    v = (
      await caller().admin.protocol.dispatch({
        sessionId: otherSession,
        version: v,
        event: { type: 'next', at: at() },
      })
    ).run.version;
    const after = await liveCaller(handle.db, clock).version({ token: opened.viewToken! });
    expect(after.version).toBe(v);
    expect(after.version).toBeGreaterThan(before.version);
    expect(
      (await liveCaller(handle.db, clock).view({ token: opened.viewToken! })).step?.number,
    ).toBe(2);
    const gone = await failure(liveCaller(handle.db, clock).version({ token: 'y'.repeat(43) }));
    expect(gone.code).toBe('NOT_FOUND');
    expect(JSON.stringify(live)).not.toContain('bakker');
    expect(JSON.stringify(live)).not.toContain('Sanne');
    const unknown = await failure(liveCaller(handle.db, clock).view({ token: 'x'.repeat(43) }));
    expect(unknown.code).toBe('NOT_FOUND');
  });

  it('chooses in the inventory; the open run follows and an unseen choice is a CONFLICT', async () => {
    const july = demoId('session:jamsessies-vvlg:2025-07-07');
    const texts = [
      'Hoe houd je het gesprek met familie gaande als de deur open is?',
      'Wat zeg je tegen buren die zich zorgen maken over een bewoner?',
      'Hoe maak je looproutes samen met de fysiotherapeut?',
    ];
    const ids: string[] = [];
    for (const text of texts) {
      clock.advance(1);
      ids.push((await caller().admin.dilemmas.add({ sessionId: july, text })).dilemma.id);
    }
    await caller().admin.protocol.start({ sessionId: july });
    const versions = async () =>
      new Map(
        (await caller().admin.dilemmas.list({ sessionId: july })).map((d) => [
          d.dilemma.id,
          d.dilemma.version,
        ]),
      );
    const [a, b, c] = ids as [string, string, string];
    let v = await versions();
    await caller().admin.dilemmas.choose({
      sessionId: july,
      chosen: [
        { id: b, version: v.get(b)! },
        { id: a, version: v.get(a)! },
      ],
    });
    expect((await caller().admin.protocol.get({ sessionId: july }))?.state.chosen).toEqual([b, a]);

    v = await versions();
    const unseen = await failure(
      caller().admin.dilemmas.choose({ sessionId: july, chosen: [{ id: c, version: v.get(c)! }] }),
    );
    expect(unseen.code).toBe('CONFLICT');
    expect((await caller().admin.protocol.get({ sessionId: july }))?.state.chosen).toEqual([b, a]);

    const list = await caller().admin.dilemmas.choose({
      sessionId: july,
      chosen: [{ id: c, version: v.get(c)! }],
      release: [
        { id: a, version: v.get(a)! },
        { id: b, version: v.get(b)! },
      ],
    });
    expect(list.map((d) => [d.id, d.status, d.position])).toEqual([
      [c, 'chosen', 0],
      [a, 'inventoried', null],
      [b, 'inventoried', null],
    ]);
    expect((await caller().admin.protocol.get({ sessionId: july }))?.state.chosen).toEqual([c]);
  });
});
