import { databaseKindsUnderTest, demoId, SERIES_ID, type DatabaseHandle } from '@jamsessie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminCaller,
  failure,
  openAdminDatabase,
  testClock,
  type AdminUsers,
} from '../testing/admin-harness.testing.js';
import { STALE_EDIT_MESSAGE } from '@jamsessie/domain';

describe.each(databaseKindsUnderTest())('admin.series on %s', (kind) => {
  let handle: DatabaseHandle;
  let users: AdminUsers;
  const clock = testClock('2025-09-01T08:00:00.000Z');
  const caller = () => adminCaller(handle.db, users.coordinator, clock);

  beforeAll(async () => {
    ({ handle, users } = await openAdminDatabase(kind));
    // The demo series runs until 1 March 2026: continue it through 2026 first.
    const { series } = await caller().admin.series.get({ id: SERIES_ID });
    await caller().admin.series.update({
      id: SERIES_ID,
      version: series.version,
      lastDate: '2026-12-31',
    });
  });
  afterAll(async () => {
    await handle.close();
  });

  it('gives coordinators the series with its meeting link', async () => {
    const { series } = await caller().admin.series.get({ id: SERIES_ID });
    expect(series.meetingLink).toMatch(/^https:\/\//);
    expect(series.lastDate).toBe('2026-12-31');
  });

  it('plans 2026 from the rule: 2 February planned, 6 April flagged Tweede Paasdag', async () => {
    const plan = await caller().admin.series.planYear({ seriesId: SERIES_ID, year: 2026 });
    expect(plan.dates.map((d) => d.date)).toEqual([
      '2026-01-05',
      '2026-02-02',
      '2026-03-02',
      '2026-04-06',
      '2026-05-04',
      '2026-06-01',
      '2026-07-06',
      '2026-08-03',
      '2026-09-07',
      '2026-10-05',
      '2026-11-02',
      '2026-12-07',
    ]);
    const february = plan.dates.find((d) => d.date === '2026-02-02');
    expect(february).toMatchObject({ startsAt: '2026-02-02T12:00:00.000Z', flags: [] });
    // The demo agenda already holds the sessions up to 1 March 2026.
    expect(february?.existing).toMatchObject({ status: 'planned' });
    const april = plan.dates.find((d) => d.date === '2026-04-06');
    expect(april?.flags).toEqual([{ kind: 'public_holiday', name: 'Tweede Paasdag' }]);
    expect(april?.startsAt).toBe('2026-04-06T11:00:00.000Z');
    expect(april?.existing).toBeNull();
  });

  it('applies a plan once: sessions created, the holiday skipped, nothing duplicated on repeat', async () => {
    const before = await caller().admin.series.planYear({ seriesId: SERIES_ID, year: 2026 });
    const decision = {
      seriesId: SERIES_ID,
      version: before.series.version,
      year: 2026,
      accept: ['2026-02-02', '2026-03-02', '2026-05-04'],
      skip: ['2026-04-06'],
      move: [{ date: '2026-06-01', to: '2026-06-08', startTime: '14:00' }],
    };
    const first = await caller().admin.series.applyPlan(decision);
    expect(first.created.map((s) => s.startsAt)).toEqual([
      '2026-03-02T12:00:00.000Z',
      '2026-05-04T11:00:00.000Z',
      '2026-06-08T12:00:00.000Z',
    ]);
    expect(first.alreadyPresent).toEqual(['2026-02-02']);
    expect(first.series.exceptions).toEqual([
      { date: '2026-04-06', kind: 'skip' },
      { date: '2026-06-01', kind: 'move', to: '2026-06-08', startTime: '14:00' },
    ]);
    expect(first.series.version).toBe(before.series.version + 1);

    // The same request again (e.g. a retry after a lost answer) changes nothing.
    const again = await caller().admin.series.applyPlan(decision);
    expect(again.created).toEqual([]);
    expect(again.series.version).toBe(first.series.version);

    const { sessions } = await caller().admin.series.get({ id: SERIES_ID });
    const in2026 = sessions.filter((s) => s.startsAt.startsWith('2026-'));
    expect(new Set(in2026.map((s) => s.startsAt)).size).toBe(in2026.length);
    expect(in2026.some((s) => s.startsAt.startsWith('2026-04-06'))).toBe(false);

    const after = await caller().admin.series.planYear({ seriesId: SERIES_ID, year: 2026 });
    expect(after.dates.map((d) => d.date)).not.toContain('2026-04-06');
    expect(after.dates.find((d) => d.date === '2026-06-08')?.existing).not.toBeNull();
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const { series } = await caller().admin.series.get({ id: SERIES_ID });
    const auditBefore = await caller().admin.audit.list({ entity: 'series' });
    const refused = await failure(
      caller().admin.series.update({ id: SERIES_ID, version: series.version - 1, title: 'Oud' }),
    );
    expect(refused).toMatchObject({ code: 'CONFLICT', message: STALE_EDIT_MESSAGE });
    const { series: unchanged } = await caller().admin.series.get({ id: SERIES_ID });
    expect(unchanged).toEqual(series);
    expect((await caller().admin.audit.list({ entity: 'series' })).items).toEqual(
      auditBefore.items,
    );
  });

  it('refuses planning errors with a Dutch message and leaves the series alone', async () => {
    const { series } = await caller().admin.series.get({ id: SERIES_ID });
    const refused = await failure(
      caller().admin.series.applyPlan({
        seriesId: SERIES_ID,
        version: series.version,
        year: 2026,
        accept: ['2026-07-06'],
        skip: ['2026-07-07'],
        move: [],
      }),
    );
    expect(refused.code).toBe('BAD_REQUEST');
    expect(refused.message).toContain('7 juli 2026');
    const { series: unchanged, sessions } = await caller().admin.series.get({ id: SERIES_ID });
    expect(unchanged).toEqual(series);
    expect(sessions.some((s) => s.startsAt.startsWith('2026-07-06'))).toBe(false);
  });

  it('creates a series, plans it, and archives it: its future sessions are cancelled', async () => {
    const created = await caller().admin.series.create({
      slug: 'jamsessies-jeugdzorg-test',
      title: 'Jamsessies jeugdzorg',
      description: 'Elke derde woensdag.',
      actionTeamId: demoId('action-team:vvlg'),
      recurrence: {
        kind: 'monthly_nth_weekday',
        weekday: 3,
        nth: 3,
        startTime: '15:30',
        durationMinutes: 60,
      },
      themeRotation: [],
      exceptions: [],
      meetingLink: null,
      eligibility: { participatingOrganisations: true, locMembers: false, extraEmailDomains: [] },
      documents: [],
      firstDate: '2025-10-01',
      lastDate: null,
    });
    expect(created.version).toBe(1);
    const applied = await caller().admin.series.applyPlan({
      seriesId: created.id,
      version: created.version,
      year: 2025,
      accept: ['2025-10-15', '2025-11-19'],
    });
    expect(applied.created.map((s) => s.startsAt)).toEqual([
      '2025-10-15T13:30:00.000Z',
      '2025-11-19T14:30:00.000Z',
    ]);
    const archived = await caller().admin.series.archive({
      id: created.id,
      version: applied.series.version,
      reason: 'De reeks stopt.',
    });
    expect(archived.series.lastDate).toBe('2025-10-01');
    expect(archived.cancelledSessionIds).toHaveLength(2);
    const { sessions } = await caller().admin.series.get({ id: created.id });
    expect(sessions.map((s) => [s.status, s.cancellationReason])).toEqual([
      ['cancelled', 'De reeks stopt.'],
      ['cancelled', 'De reeks stopt.'],
    ]);
  });

  it('records every change in the audit log with the coordinator as actor', async () => {
    const { items } = await caller().admin.audit.list({ entity: 'series', entityId: SERIES_ID });
    expect(items.map((e) => e.action)).toEqual(
      expect.arrayContaining(['series.update', 'series.apply_plan']),
    );
    expect(items.every((e) => e.actorName === 'Coordinator')).toBe(true);
    expect(JSON.stringify(items)).not.toContain('zoom.example');
  });
});
