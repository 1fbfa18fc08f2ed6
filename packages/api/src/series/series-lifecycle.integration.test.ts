import { TRPCError } from '@trpc/server';
import { databaseKindsUnderTest, demoId, type DatabaseHandle } from '@jamsessie/db';
import type { SeriesInput } from '@jamsessie/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeError } from '../error-formatter.js';
import { callerFor } from '../testing/api-harness.testing.js';
import {
  adminCaller,
  failure,
  openAdminDatabase,
  testClock,
  type AdminUsers,
} from '../testing/admin-harness.testing.js';

const OPEN_DEUREN = demoId('theme:open-deuren');

function aSeries(slug: string, change: Partial<SeriesInput> = {}): SeriesInput {
  return {
    slug,
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
    themeRotation: [OPEN_DEUREN],
    exceptions: [],
    meetingLink: null,
    eligibility: { participatingOrganisations: true, locMembers: false, extraEmailDomains: [] },
    documents: [],
    firstDate: '2025-10-01',
    lastDate: null,
    ...change,
  };
}

/** The field errors the apps receive with a refusal (what the form shows at each field). */
async function fieldErrorsOf(promise: Promise<unknown>): Promise<Record<string, string>> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return describeError(error as TRPCError, false).extra.fieldErrors;
}

// #19 defect 2: a series' problems at its fields, a theme required, deleting an empty series,
// and ending one that was held.
describe.each(databaseKindsUnderTest())('a series from start to end on %s', (kind) => {
  let handle: DatabaseHandle;
  let users: AdminUsers;
  const clock = testClock('2025-09-01T08:00:00.000Z');
  const caller = () => adminCaller(handle.db, users.coordinator, clock);
  const publicFilter = async () =>
    (await callerFor(handle.db, { now: clock.now }).catalogue.series()).map((s) => s.slug);
  const planningList = async () => (await caller().admin.series.list()).map((s) => s.slug);

  beforeAll(async () => {
    ({ handle, users } = await openAdminDatabase(kind));
  });
  afterAll(async () => {
    await handle.close();
  });

  it('refuses a last date before the first with the problem at the last date', async () => {
    const fields = await fieldErrorsOf(
      caller().admin.series.create(aSeries('reeks-omgekeerd', { lastDate: '2025-01-01' })),
    );
    expect(fields).toEqual({ lastDate: 'De laatste datum ligt vóór de eerste datum.' });
  });

  it('refuses a series without a theme, with a Dutch message at the themes', async () => {
    const fields = await fieldErrorsOf(
      caller().admin.series.create(aSeries('reeks-zonder-thema', { themeRotation: [] })),
    );
    expect(fields).toEqual({ themeRotation: 'Kies minstens één thema.' });
    expect(await planningList()).not.toContain('reeks-zonder-thema');
  });

  it('deletes a series without sessions; it was never in the public filter', async () => {
    const created = await caller().admin.series.create(aSeries('reeks-per-ongeluk'));
    expect(await planningList()).toContain('reeks-per-ongeluk');
    expect(await publicFilter()).not.toContain('reeks-per-ongeluk');
    await caller().admin.series.delete({ id: created.id, version: created.version });
    expect(await planningList()).not.toContain('reeks-per-ongeluk');
    const gone = await failure(caller().admin.series.get({ id: created.id }));
    expect(gone.code).toBe('NOT_FOUND');
  });

  it('refuses to delete a series with sessions; ending it keeps what was held', async () => {
    const created = await caller().admin.series.create(aSeries('reeks-gehouden'));
    const applied = await caller().admin.series.applyPlan({
      seriesId: created.id,
      version: created.version,
      year: 2025,
      accept: ['2025-10-15', '2025-11-19'],
    });
    expect(await publicFilter()).toContain('reeks-gehouden');
    const refused = await failure(
      caller().admin.series.delete({ id: created.id, version: applied.series.version }),
    );
    expect(refused).toEqual({
      code: 'PRECONDITION_FAILED',
      domainCode: 'SERIES.HAS_SESSIONS',
      message:
        'Deze reeks heeft sessies en kan niet worden verwijderd. Beëindig de reeks: wat gehouden is, blijft staan.',
    });

    // After the October session was held, the series ends in November.
    clock.set('2025-11-01T08:00:00.000Z');
    const october = applied.created.find((s) => s.startsAt.startsWith('2025-10-15'))!;
    await caller().admin.sessions.markHeld({ id: october.id, version: october.version });
    await caller().admin.series.archive({
      id: created.id,
      version: applied.series.version,
      reason: 'De reeks stopt.',
    });
    expect(await publicFilter()).not.toContain('reeks-gehouden');
    expect(await planningList()).not.toContain('reeks-gehouden');
    const { sessions } = await caller().admin.series.get({ id: created.id });
    expect(sessions.map((s) => s.status)).toEqual(['held', 'cancelled']);
    const held = await callerFor(handle.db, { now: clock.now }).agenda.session({
      id: october.id,
    });
    expect(held.session.status).toBe('held');
  });
});
