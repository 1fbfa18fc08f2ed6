import { databaseKindsUnderTest, demoId, type DatabaseHandle } from '@jamsessie/db';
import type { ProtocolEvent } from '@jamsessie/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminCaller,
  failure,
  openAdminDatabase,
  testClock,
  type AdminUsers,
} from '../testing/admin-harness.testing.js';
import { PRIVATE_TEXT, SANNE } from '../testing/facilitation.testing.js';

// 3 November 2025, 13:00 in Amsterdam (12:00Z): the domain's one rule of moments
// (#19 defect 5), as the API applies it. Each test goes on from the previous one.
const NOVEMBER = demoId('session:jamsessies-vvlg:2025-11-03');
const MORNING = '2025-11-03T06:09:00.000Z';
const FACILITATOR_OPENS = '2025-11-03T11:40:00.000Z';
const AFTER_START = '2025-11-03T12:05:00.000Z';

describe.each(databaseKindsUnderTest())('the moments of a session on %s', (kind) => {
  let handle: DatabaseHandle;
  let users: AdminUsers;
  const clock = testClock(MORNING);
  const caller = () => adminCaller(handle.db, users.coordinator, clock);
  let version = 0;

  async function dispatch(event: ProtocolEvent) {
    const view = await caller().admin.protocol.dispatch({ sessionId: NOVEMBER, version, event });
    version = view.run.version;
    return view;
  }

  beforeAll(async () => {
    ({ handle, users } = await openAdminDatabase(kind));
  });
  afterAll(async () => {
    await handle.close();
  });

  it('refuses the steps at 07:09 for the 13:00 session, with the time they open', async () => {
    const added = await caller().admin.dilemmas.add({
      sessionId: NOVEMBER,
      text: PRIVATE_TEXT,
      ownerId: SANNE,
      consent: 'private',
    });
    // Preparing the inventory early is fine.
    const opened = await caller().admin.protocol.start({ sessionId: NOVEMBER });
    version = opened.run.version;
    await dispatch({ type: 'choose', dilemmaIds: [added.dilemma.id] });
    const early = await failure(dispatch({ type: 'start', at: MORNING }));
    expect(early).toEqual({
      code: 'PRECONDITION_FAILED',
      domainCode: 'PROTOCOL.TOO_EARLY',
      message: 'De sessie kan pas vanaf 12:30 starten, een half uur voor het begin om 13:00.',
    });
  });

  it('refuses attendance and a report before the run started', async () => {
    const attendance = await failure(
      caller().admin.people.attendance.record({
        sessionId: NOVEMBER,
        personId: SANNE,
        sharesContact: false,
      }),
    );
    expect(attendance.domainCode).toBe('ATTENDANCE.TOO_EARLY');
    expect(attendance.code).toBe('PRECONDITION_FAILED');
    expect(attendance.message).toMatch(/^Deelnemers leg je vast zodra de sessie is gestart/);
    expect((await caller().admin.sessions.get({ id: NOVEMBER })).attendanceOpen).toBe(false);
    const draft = await failure(caller().admin.reports.draftFromRun({ sessionId: NOVEMBER }));
    expect(draft.domainCode).toBe('REPORT.NOTHING_DISCUSSED');
  });

  it('opens attendance at the run start, 20 minutes early, and drafts but does not publish', async () => {
    clock.set(FACILITATOR_OPENS);
    const started = await dispatch({ type: 'start', at: FACILITATOR_OPENS });
    expect(started.state.startedAt).toBe(FACILITATOR_OPENS);
    expect((await caller().admin.sessions.get({ id: NOVEMBER })).attendanceOpen).toBe(true);
    const recorded = await caller().admin.people.attendance.record({
      sessionId: NOVEMBER,
      personId: SANNE,
      sharesContact: false,
    });
    expect(recorded.attendees.map((a) => a.person.id)).toEqual([SANNE]);
    await dispatch({ type: 'finish', at: FACILITATOR_OPENS });
    const draft = await caller().admin.reports.draftFromRun({ sessionId: NOVEMBER });
    const early = await failure(
      caller().admin.reports.publish({ id: draft.id, version: draft.version }),
    );
    expect(early).toEqual({
      code: 'PRECONDITION_FAILED',
      domainCode: 'REPORT.TOO_EARLY',
      message: 'Een verslag kan pas worden gepubliceerd als de sessie is begonnen (om 13:00).',
    });
    const stored = await caller().admin.reports.get({ id: draft.id });
    expect(stored.report.status).toBe('draft');

    clock.set(AFTER_START);
    const published = await caller().admin.reports.publish({
      id: draft.id,
      version: draft.version,
    });
    expect(published.status).toBe('published');
  });
});
