import {
  ActionTeam,
  ConsentRecord,
  Dilemma,
  Keyword,
  Movement,
  Organisation,
  Participation,
  Person,
  ProgrammeItem,
  ProtocolState,
  Report,
  Series,
  Session,
  Theme,
  WeekDay,
  WeekEdition,
  dutchPublicHolidays,
  toLocalParts,
} from '@jamsessie/domain';
import { describe, expect, it } from 'vitest';
import { buildDemoData } from './demo-data.js';
import { APRIL_SESSION_ID, MARCH_SESSION_ID } from './demo-dilemmas.js';
import { DEMO_MEETING_LINK, SERIES_ID } from './demo-series.js';
import { themeId } from './demo-taxonomy.js';

const NOW = new Date('2026-11-23T10:00:00.000Z');
const data = buildDemoData(NOW);

describe('buildDemoData: shape', () => {
  it('is valid for every domain schema', () => {
    const check = <T>(schema: { parse(value: unknown): T }, rows: unknown[]) =>
      rows.forEach((row) => schema.parse(row));
    check(Movement, data.movements);
    check(Organisation, data.organisations);
    check(Participation, data.participations);
    check(ActionTeam, data.actionTeams);
    check(Theme, data.themes);
    check(Keyword, data.keywords);
    check(Series, data.series);
    check(Session, data.sessions);
    check(WeekEdition, data.weekEditions);
    check(WeekDay, data.weekDays);
    check(ProgrammeItem, data.programmeItems);
    check(Person, data.people);
    check(Dilemma, data.dilemmas);
    check(Report, data.reports);
    check(ConsentRecord, data.consents);
    check(
      ProtocolState,
      data.protocolRuns.map((run) => run.state),
    );
  });

  it('is deterministic for the same now', () => {
    expect(buildDemoData(new Date(NOW))).toEqual(data);
  });

  it('gives every row a distinct id and every slug of a kind is unique', () => {
    const ids = [
      ...data.movements,
      ...data.organisations,
      ...data.participations,
      ...data.actionTeams,
      ...data.themes,
      ...data.keywords,
      ...data.series,
      ...data.sessions,
      ...data.weekEditions,
      ...data.weekDays,
      ...data.programmeItems,
      ...data.people,
      ...data.dilemmas,
      ...data.reports,
      ...data.consents,
      ...data.reports.flatMap((report) => report.reactions),
    ].map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rows of [data.sessions, data.organisations, data.keywords, data.themes]) {
      const slugs = rows.map((row) => row.slug);
      expect(new Set(slugs).size).toBe(slugs.length);
    }
  });

  it('keeps ids of the same sessions stable when now moves on', () => {
    const later = buildDemoData(new Date('2027-06-01T00:00:00.000Z'));
    const earlierIds = new Set(data.sessions.map((session) => session.id));
    expect(later.sessions.filter((session) => earlierIds.has(session.id))).toHaveLength(
      data.sessions.length,
    );
  });
});

describe('buildDemoData: organisations', () => {
  const bySlug = (slug: string) => data.organisations.find((o) => o.slug === slug);

  it('gives the named organisations their kinds', () => {
    expect(bySlug('loc-waardevolle-zorg')?.kind).toBe('foundation');
    expect(bySlug('hvo-querido')?.kind).toBe('care_organisation');
    expect(bySlug('cz-zorgkantoor')?.kind).toBe('financier');
    expect(bySlug('ministerie-van-vws')?.kind).toBe('ministry');
    expect(bySlug('nza')?.kind).toBe('regulator');
    expect(bySlug('inspectie-gezondheidszorg-en-jeugd')?.kind).toBe('inspection');
    expect(bySlug('venvn')?.kind).toBe('professional_association');
    expect(bySlug('roger-that-inspiratielab')?.kind).toBe('company');
  });

  it('uses only .example e-mail domains, and only on the fictional organisations', () => {
    for (const organisation of data.organisations) {
      for (const domain of organisation.emailDomains) expect(domain).toMatch(/\.example$/);
      if (organisation.emailDomains.length > 0) expect(organisation.name).toContain('(demo)');
    }
    for (const person of data.people) {
      if (person.email) expect(person.email).toMatch(/@[a-z-]+\.example$/);
    }
  });

  it('has current and ended participations in the zorg movement', () => {
    const zorg = data.movements.find((movement) => movement.slug === 'zorg');
    const inZorg = data.participations.filter((p) => p.movementId === zorg?.id);
    expect(inZorg.filter((p) => p.until === null).length).toBeGreaterThanOrEqual(3);
    expect(inZorg.some((p) => p.until !== null)).toBe(true);
  });
});

describe('buildDemoData: the series', () => {
  const jam = data.sessions.filter((session) => session.kind === 'jam_session');

  it('puts every jam session in the series', () => {
    expect(jam.length).toBeGreaterThan(30);
    expect(jam.every((session) => session.seriesId === SERIES_ID)).toBe(true);
  });

  const at = (date: string) =>
    jam.find((s) => s.seriesId === SERIES_ID && toLocalParts(s.startsAt).date === date);

  it('keeps the meeting link on the series only', () => {
    expect(data.series[0]?.meetingLink).toBe(DEMO_MEETING_LINK);
    const { series: _series, ...rest } = data;
    expect(JSON.stringify(rest)).not.toContain(DEMO_MEETING_LINK);
  });

  it('holds 3 March 2025 at 12:00Z (open doors) and 7 April at 11:00Z (home situation)', () => {
    expect(at('2025-03-03')).toMatchObject({
      id: MARCH_SESSION_ID,
      startsAt: '2025-03-03T12:00:00.000Z',
      endsAt: '2025-03-03T13:00:00.000Z',
      themeIds: [themeId('open-deuren')],
      status: 'held',
    });
    expect(at('2025-04-07')).toMatchObject({
      id: APRIL_SESSION_ID,
      startsAt: '2025-04-07T11:00:00.000Z',
      themeIds: [themeId('vrijheid-en-veiligheid-thuissituatie')],
    });
  });

  it('alternates the two themes, monthly on the first Monday at 13:00 Amsterdam time', () => {
    jam.forEach((session, index) => {
      const local = toLocalParts(session.startsAt);
      expect(local.time).toBe('13:00');
      expect(local.weekday).toBe(1);
      const moved = data.series[0]?.exceptions.some(
        (e) => e.kind === 'move' && e.to === local.date,
      );
      if (!moved) expect(Number(local.date.slice(8))).toBeLessThanOrEqual(7);
      const expected = index % 2 === 0 ? 'open-deuren' : 'vrijheid-en-veiligheid-thuissituatie';
      expect(session.themeIds).toEqual([themeId(expected)]);
    });
  });

  it('runs through the twelve months after now, with past sessions held and future planned', () => {
    const future = jam.filter((s) => s.startsAt > NOW.toISOString());
    expect(future.length).toBeGreaterThanOrEqual(11);
    expect(future.every((s) => s.status === 'planned')).toBe(true);
    expect(jam.filter((s) => s.endsAt <= NOW.toISOString()).every((s) => s.status === 'held')).toBe(
      true,
    );
    expect(jam.at(-1)?.startsAt.slice(0, 7)).toBe('2027-11');
  });

  it('covers all of 2025 even when now is early in 2025', () => {
    const early = buildDemoData(new Date('2025-03-24T09:00:00.000Z'));
    const dates = early.sessions.map((s) => toLocalParts(s.startsAt).date);
    expect(dates).toContain('2025-04-07');
    expect(dates).toContain('2025-12-01');
    expect(early.sessions.find((s) => s.id === APRIL_SESSION_ID)?.status).toBe('planned');
  });

  it('keeps holiday dates planned for a coordinator to decide (6 April 2026, Tweede Paasdag)', () => {
    const onHoliday = jam.filter((session) => {
      const { date } = toLocalParts(session.startsAt);
      return dutchPublicHolidays(Number(date.slice(0, 4))).has(date);
    });
    expect(onHoliday.map((s) => toLocalParts(s.startsAt).date)).toContain('2026-04-06');
  });
});
