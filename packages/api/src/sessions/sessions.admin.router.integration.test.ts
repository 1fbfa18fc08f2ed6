import { databaseKindsUnderTest, demoId, type DatabaseHandle } from '@jamsessie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminCaller,
  failure,
  openAdminDatabase,
  testClock,
  type AdminUsers,
} from '../testing/admin-harness.testing.js';
import { STALE_EDIT_MESSAGE } from '@jamsessie/domain';

const JUNE = demoId('session:jamsessies-vvlg:2025-06-02');
const JULY = demoId('session:jamsessies-vvlg:2025-07-07');
const AUGUST = demoId('session:jamsessies-vvlg:2025-08-04');

describe.each(databaseKindsUnderTest())('admin.sessions on %s', (kind) => {
  let handle: DatabaseHandle;
  let users: AdminUsers;
  const clock = testClock('2025-05-20T08:00:00.000Z');
  const caller = () => adminCaller(handle.db, users.coordinator, clock);
  const visitor = () => adminCaller(handle.db, null, clock);

  beforeAll(async () => {
    ({ handle, users } = await openAdminDatabase(kind));
  });
  afterAll(async () => {
    await handle.close();
  });

  it('lists every status for coordinators, with the effective link on a session', async () => {
    const weeks = await caller().admin.sessions.list({ kind: 'week_item', status: ['held'] });
    expect(weeks.total).toBeGreaterThan(0);
    const page = await caller().admin.sessions.list({ year: 2025, pageSize: 50 });
    expect(page.items.every((s) => s.startsAt.startsWith('2025-'))).toBe(true);
    expect(
      page.items.find((s) => s.id === demoId('session:jamsessies-vvlg:2025-03-03')),
    ).toMatchObject({ dilemmaCount: 3, hasRun: true });
    const { meetingLink, session } = await caller().admin.sessions.get({ id: JUNE });
    expect(meetingLink).toMatch(/^https:\/\//);
    expect(session.status).toBe('planned');
  });

  it('cancels a session: the public agenda shows it cancelled with a higher sequence', async () => {
    const { session } = await caller().admin.sessions.get({ id: JUNE });
    const cancelled = await caller().admin.sessions.cancel({
      id: JUNE,
      version: session.version,
      reason: 'Te weinig aanmeldingen rond Pinksteren',
    });
    expect(cancelled).toMatchObject({ status: 'cancelled', sequence: session.sequence + 1 });

    const publicView = await visitor().agenda.session({ id: JUNE });
    expect(publicView.session).toMatchObject({
      status: 'cancelled',
      cancellationReason: 'Te weinig aanmeldingen rond Pinksteren',
      sequence: session.sequence + 1,
    });
    const agenda = await visitor().agenda.list({ year: 2025, pageSize: 50 });
    expect(agenda.items.find((s) => s.id === JUNE)?.status).toBe('cancelled');
    expect(JSON.stringify(agenda)).not.toContain('zoom.example');
  });

  it('refuses a stale version with CONFLICT and the agreed Dutch sentence; nothing changes', async () => {
    const { session } = await caller().admin.sessions.get({ id: JULY });
    await caller().admin.sessions.update({
      id: JULY,
      version: session.version,
      title: 'Eerste versie',
    });
    const refused = await failure(
      caller().admin.sessions.update({
        id: JULY,
        version: session.version,
        title: 'Tweede versie',
      }),
    );
    expect(refused).toMatchObject({ code: 'CONFLICT', message: STALE_EDIT_MESSAGE });
    const after = await caller().admin.sessions.get({ id: JULY });
    expect(after.session).toMatchObject({ title: 'Eerste versie', version: session.version + 1 });

    const cancelRefused = await failure(
      caller().admin.sessions.cancel({ id: JULY, version: session.version, reason: 'Oud scherm' }),
    );
    expect(cancelRefused.code).toBe('CONFLICT');
    expect((await caller().admin.sessions.get({ id: JULY })).session.status).toBe('planned');
  });

  it('accepts exactly one of many parallel edits based on the same version (no lost update)', async () => {
    const { session } = await caller().admin.sessions.get({ id: AUGUST });
    const titles = Array.from({ length: 8 }, (_, i) => `Parallelle titel ${i + 1}`);
    const outcomes = await Promise.allSettled(
      titles.map((title) =>
        caller().admin.sessions.update({ id: AUGUST, version: session.version, title }),
      ),
    );
    const accepted = outcomes.filter((o) => o.status === 'fulfilled');
    const refused = outcomes.filter((o) => o.status === 'rejected');
    expect(accepted).toHaveLength(1);
    expect(refused.map((o) => (o.reason as { code: string }).code)).toEqual(
      Array(titles.length - 1).fill('CONFLICT'),
    );
    const winner = (accepted[0] as PromiseFulfilledResult<{ title: string }>).value.title;
    const stored = (await caller().admin.sessions.get({ id: AUGUST })).session;
    expect(stored).toMatchObject({ title: winner, version: session.version + 1 });
    const audits = await caller().admin.audit.list({ entity: 'session', entityId: AUGUST });
    expect(audits.items.filter((e) => e.action === 'session.update')).toHaveLength(1);
  });

  it('reschedules with a new sequence and refuses an end before the start', async () => {
    const september = demoId('session:jamsessies-vvlg:2025-09-01');
    const { session } = await caller().admin.sessions.get({ id: september });
    const moved = await caller().admin.sessions.reschedule({
      id: september,
      version: session.version,
      startsAt: '2025-09-08T11:00:00.000Z',
      endsAt: '2025-09-08T12:00:00.000Z',
    });
    expect(moved).toMatchObject({
      startsAt: '2025-09-08T11:00:00.000Z',
      sequence: session.sequence + 1,
    });
    const refused = await failure(
      caller().admin.sessions.reschedule({
        id: september,
        version: moved.version,
        startsAt: '2025-09-08T12:00:00.000Z',
        endsAt: '2025-09-08T11:00:00.000Z',
      }),
    );
    expect(refused).toMatchObject({ code: 'BAD_REQUEST', domainCode: 'SESSION.INVALID_TIMES' });
  });

  it('gives a moved session the address of its new date and keeps the old one working', async () => {
    const november = demoId('session:jamsessies-vvlg:2025-11-03');
    const { session } = await caller().admin.sessions.get({ id: november });
    expect(session.slug).toBe('jamsessie-3-november-2025');
    const moved = await caller().admin.sessions.reschedule({
      id: november,
      version: session.version,
      startsAt: '2025-11-10T12:00:00.000Z',
      endsAt: '2025-11-10T13:00:00.000Z',
    });
    expect(moved.slug).toBe('jamsessie-10-november-2025');
    for (const slug of ['jamsessie-3-november-2025', 'jamsessie-10-november-2025']) {
      const page = await visitor().agenda.session({ slug });
      expect(page.session).toMatchObject({ slug: 'jamsessie-10-november-2025' });
    }
    // Moved back, the first address is its own again and still leads to it.
    const back = await caller().admin.sessions.update({
      id: november,
      version: moved.version,
      startsAt: '2025-11-03T12:00:00.000Z',
      endsAt: '2025-11-03T13:00:00.000Z',
    });
    expect(back.slug).toBe('jamsessie-3-november-2025');
    const again = await visitor().agenda.session({ slug: 'jamsessie-10-november-2025' });
    expect(again.session.slug).toBe('jamsessie-3-november-2025');
  });

  it('keeps its address when another session already has the one of the new date', async () => {
    const { session: july } = await caller().admin.sessions.get({ id: JULY });
    const { session: august } = await caller().admin.sessions.get({ id: AUGUST });
    const moved = await caller().admin.sessions.reschedule({
      id: JULY,
      version: july.version,
      startsAt: '2025-08-04T15:00:00.000Z',
      endsAt: '2025-08-04T16:00:00.000Z',
    });
    expect(moved.slug).toBe(july.slug);
    expect((await visitor().agenda.session({ slug: august.slug })).session.id).toBe(AUGUST);
  });

  it('marks a session held only once it started', async () => {
    const may = demoId('session:jamsessies-vvlg:2025-05-05');
    const { session } = await caller().admin.sessions.get({ id: may });
    const held = await caller().admin.sessions.markHeld({ id: may, version: session.version });
    expect(held.status).toBe('held');
    const october = demoId('session:jamsessies-vvlg:2025-10-06');
    const future = (await caller().admin.sessions.get({ id: october })).session;
    const refused = await failure(
      caller().admin.sessions.markHeld({ id: october, version: future.version }),
    );
    expect(refused).toMatchObject({
      code: 'PRECONDITION_FAILED',
      domainCode: 'SESSION.NOT_STARTED',
    });
  });

  it('refuses every admin procedure to a visitor', async () => {
    const refused = await failure(visitor().admin.sessions.list({}));
    expect(refused.code).toBe('UNAUTHORIZED');
  });
});
