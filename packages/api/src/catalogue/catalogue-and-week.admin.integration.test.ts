import { databaseKindsUnderTest, demoId, enqueueEmail, type DatabaseHandle } from '@jamsessie/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminCaller,
  failure,
  openAdminDatabase,
  testClock,
  type AdminUsers,
} from '../testing/admin-harness.testing.js';

describe.each(databaseKindsUnderTest())('admin catalogue, week and dashboard on %s', (kind) => {
  let handle: DatabaseHandle;
  let users: AdminUsers;
  const clock = testClock('2025-09-15T08:00:00.000Z');
  const caller = () => adminCaller(handle.db, users.coordinator, clock);

  beforeAll(async () => {
    ({ handle, users } = await openAdminDatabase(kind));
  });
  afterAll(async () => {
    await handle.close();
  });

  it('keeps organisations with their e-mail domains and participation periods', async () => {
    const zorg = demoId('movement:zorg');
    const org = await caller().admin.organisations.create({
      slug: 'zorggroep-het-anker-test',
      name: 'Zorggroep Het Anker',
      kind: 'care_organisation',
      emailDomains: [' HetAnker.Example '],
    });
    expect(org.emailDomains).toEqual(['hetanker.example']);
    const refused = await failure(
      caller().admin.organisations.participations.create({
        organisationId: org.id,
        movementId: zorg,
        from: '2025-01-01',
        until: '2024-12-31',
      }),
    );
    expect(refused.code).toBe('BAD_REQUEST');
    await caller().admin.organisations.participations.create({
      organisationId: org.id,
      movementId: zorg,
      from: '2025-01-01',
      until: null,
    });
    const today = await caller().admin.organisations.list({
      movementId: zorg,
      participatingOn: '2025-09-15',
    });
    expect(today.map((o) => o.id)).toContain(org.id);
    const visitor = adminCaller(handle.db, null, clock);
    const participants = await visitor.catalogue.participants({ movement: 'zorg' });
    expect(JSON.stringify(participants)).toContain('Zorggroep Het Anker');
    expect(JSON.stringify(participants)).not.toContain('hetanker.example');
    await caller().admin.organisations.delete({ id: org.id, version: org.version });
    expect((await failure(caller().admin.organisations.get({ id: org.id }))).code).toBe(
      'NOT_FOUND',
    );
  });

  it('manages themes and keywords, refusing to delete one in use', async () => {
    const keyword = await caller().admin.taxonomy.keywords.create({
      slug: 'mantelzorgers',
      label: 'Mantelzorgers',
    });
    const renamed = await caller().admin.taxonomy.keywords.update({
      id: keyword.id,
      version: keyword.version,
      label: 'Mantelzorg',
    });
    expect(renamed).toMatchObject({ slug: 'mantelzorgers', label: 'Mantelzorg', version: 2 });
    await caller().admin.taxonomy.keywords.delete({ id: keyword.id, version: renamed.version });
    const used = (await caller().admin.taxonomy.themes.list()).find(
      (t) => t.id === demoId('theme:open-deuren'),
    )!;
    const refused = await failure(
      caller().admin.taxonomy.themes.delete({ id: used.id, version: used.version }),
    );
    expect(refused.domainCode).toBe('THEME.IN_USE');
    const themes = await caller().admin.taxonomy.themes.list();
    expect(themes.find((t) => t.id === used.id)?.usage.series).toBe(1);
  });

  it('generates the five sector days and puts an accepted local programme in the agenda', async () => {
    const edition = await caller().admin.week.editions.create({
      slug: 'week-2025',
      year: 2025,
      title: 'Week van de Radicale vernieuwing 2025',
      motto: '',
      startsOn: '2025-11-10',
      endsOn: '2025-11-14',
      location: 'Utrecht en online',
    });
    const { days } = await caller().admin.week.days.generate({ editionId: edition.id });
    expect(days.map((d) => [d.date, d.sector])).toEqual([
      ['2025-11-10', 'zorg'],
      ['2025-11-11', 'langdurige-ggz'],
      ['2025-11-12', 'zorgonderwijs'],
      ['2025-11-13', 'jeugdzorg'],
      ['2025-11-14', 'voorbij-sectoren'],
    ]);
    expect((await caller().admin.week.days.generate({ editionId: edition.id })).created).toEqual(
      [],
    );

    const proposed = await caller().admin.week.items.create({
      dayId: days[0]!.id,
      kind: 'local_programme',
      title: 'Open huis bij Zorggroep De Linde',
      description: '',
      startsAt: '2025-11-10T13:00:00.000Z',
      endsAt: '2025-11-10T15:00:00.000Z',
      online: false,
      location: 'Tilburg',
      organisationId: null,
      proposalStatus: 'proposed',
      roles: [{ personName: 'Gastvrouw Voorbeeld', role: 'host', organisationId: null }],
    });
    expect(proposed.session).toBeNull();
    const accepted = await caller().admin.week.items.decide({
      id: proposed.item.id,
      version: proposed.item.version,
      decision: 'accepted',
    });
    expect(accepted.session).toMatchObject({
      kind: 'week_item',
      status: 'planned',
      programmeItemId: proposed.item.id,
    });
    const visitor = adminCaller(handle.db, null, clock);
    const agenda = await visitor.agenda.list({ year: 2025, kind: 'week_item' });
    expect(agenda.items.map((s) => s.title)).toContain('Open huis bij Zorggroep De Linde');

    const again = await failure(
      caller().admin.week.items.decide({
        id: proposed.item.id,
        version: accepted.item.version,
        decision: 'declined',
      }),
    );
    expect(again.domainCode).toBe('PROGRAMME.ALREADY_DECIDED');

    await caller().admin.week.items.delete({
      id: accepted.item.id,
      version: accepted.item.version,
    });
    const after = await visitor.agenda.session({ id: accepted.session!.id });
    expect(after.session.status).toBe('cancelled');
  });

  it('counts sessions per month, dilemmas per theme and the outbox for the charts', async () => {
    const counts = await caller().admin.dashboard.counts({ year: 2025 });
    expect(counts.sessionsPerMonth).toHaveLength(12);
    const march = counts.sessionsPerMonth.find((m) => m.month === '2025-03');
    expect(march).toEqual({ month: '2025-03', planned: 1, held: 0, cancelled: 0 });
    expect(counts.dilemmasPerThemeMonth).toEqual(
      expect.arrayContaining([
        {
          month: '2025-03',
          themeId: demoId('theme:open-deuren'),
          themeLabel: 'Open deuren',
          count: 3,
        },
      ]),
    );
    expect(counts.outboxByStatus).toEqual({ queued: 0, sending: 0, sent: 0, failed: 0 });
  });

  it('retries a failed message and pages the audit log backwards', async () => {
    await enqueueEmail(handle.db, {
      to: 'iemand@zorg.example',
      subject: 'Je link',
      text: 'geheim-token-123',
      idempotencyKey: 'test:retry',
    });
    await handle.db
      .updateTable('email_outbox')
      .set({ status: 'failed', attempts: 6, last_error: 'smtp weg' })
      .execute();
    const failed = await caller().admin.outbox.list({ status: ['failed'] });
    expect(failed.items).toHaveLength(1);
    expect(JSON.stringify(failed)).not.toContain('geheim-token-123');
    const retried = await caller().admin.outbox.retry({ id: failed.items[0]!.id });
    expect(retried.status).toBe('queued');
    expect((await caller().admin.outbox.list({})).counts).toMatchObject({ queued: 1, failed: 0 });
    expect(
      (await failure(caller().admin.outbox.retry({ id: failed.items[0]!.id }))).domainCode,
    ).toBe('OUTBOX.NOT_FAILED');

    const first = await caller().admin.audit.list({ limit: 3 });
    expect(first.items).toHaveLength(3);
    const second = await caller().admin.audit.list({ limit: 3, beforeId: first.nextBeforeId! });
    expect(second.items.every((e) => e.id < first.items[2]!.id)).toBe(true);
  });
});
