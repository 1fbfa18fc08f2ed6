import { describe, expect, it } from 'vitest';
import { ProgrammeItem, WeekDay, WeekEdition } from './week.schema.js';
import {
  checkWeekEdition,
  decideLocalProgramme,
  programmeByDay,
  weekDaysFor,
} from './week.rules.js';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const edition = WeekEdition.parse({
  id: id(1),
  slug: 'week-van-de-radicale-vernieuwing-2022',
  year: 2022,
  title: 'Week van de Radicale vernieuwing 2022',
  motto: 'samen doorbreken we muren!',
  videoUrl: null,
  startsOn: '2022-11-07',
  endsOn: '2022-11-11',
  location: 'Utrecht en online',
  version: 1,
});

const item = (n: number, fields: Partial<ProgrammeItem>): ProgrammeItem =>
  ProgrammeItem.parse({
    id: id(100 + n),
    dayId: id(11),
    kind: 'inspiration_session',
    title: `Sessie ${n}`,
    description: '',
    startsAt: '2022-11-07T09:00:00.000Z',
    endsAt: '2022-11-07T10:00:00.000Z',
    online: true,
    location: null,
    organisationId: null,
    proposalStatus: 'accepted',
    roles: [],
    version: 1,
    ...fields,
  });

describe('weekDaysFor', () => {
  it('gives the five sector days Monday to Friday in order', () => {
    expect(weekDaysFor(edition)).toEqual([
      { date: '2022-11-07', sector: 'zorg', title: 'Maandag: zorg in verpleeghuizen en thuis' },
      { date: '2022-11-08', sector: 'langdurige-ggz', title: 'Dinsdag: langdurige ggz' },
      { date: '2022-11-09', sector: 'zorgonderwijs', title: 'Woensdag: zorgonderwijs' },
      { date: '2022-11-10', sector: 'jeugdzorg', title: 'Donderdag: jeugdzorg' },
      { date: '2022-11-11', sector: 'voorbij-sectoren', title: 'Vrijdag: voorbij sectoren' },
    ]);
  });
  it('starts on the Monday of the week even if the edition starts later', () => {
    expect(weekDaysFor({ startsOn: '2022-11-09' })[0]?.date).toBe('2022-11-07');
  });
  it('produces days that pass the schema', () => {
    for (const [i, d] of weekDaysFor(edition).entries()) {
      expect(
        WeekDay.safeParse({
          ...d,
          id: id(10 + i),
          editionId: edition.id,
          summary: '',
          recordingUrl: null,
          reportUrl: null,
          version: 1,
        }).success,
      ).toBe(true);
    }
  });
});

describe('checkWeekEdition', () => {
  it('accepts 7–11 November 2022 and refuses inconsistent dates', () => {
    expect(checkWeekEdition(edition).ok).toBe(true);
    const r = checkWeekEdition({ year: 2023, startsOn: '2022-11-11', endsOn: '2022-11-07' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.details?.problems).toHaveLength(2);
    expect(checkWeekEdition({ year: 2022, startsOn: '2022-11-07', endsOn: '2022-11-20' }).ok).toBe(
      false,
    );
  });
});

describe('decideLocalProgramme', () => {
  const proposal = item(1, {
    kind: 'local_programme',
    proposalStatus: 'proposed',
    organisationId: id(50),
  });
  it('accepts or declines a proposal once, bumping the version', () => {
    expect(decideLocalProgramme(proposal, 'accepted')).toEqual({
      ok: true,
      value: { ...proposal, proposalStatus: 'accepted', version: 2 },
    });
    expect(decideLocalProgramme(proposal, 'declined')).toMatchObject({
      ok: true,
      value: { proposalStatus: 'declined' },
    });
    expect(
      decideLocalProgramme({ ...proposal, proposalStatus: 'declined' }, 'accepted'),
    ).toMatchObject({
      ok: false,
      error: { code: 'PROGRAMME.ALREADY_DECIDED' },
    });
  });
  it('refuses items that are not local programmes', () => {
    expect(decideLocalProgramme(item(2, { proposalStatus: 'proposed' }), 'accepted')).toMatchObject(
      {
        ok: false,
        error: { code: 'PROGRAMME.NOT_LOCAL' },
      },
    );
  });
});

describe('programmeByDay', () => {
  const monday = { id: id(11), date: '2022-11-07' };
  const tuesday = { id: id(12), date: '2022-11-08' };
  const items = [
    item(1, {
      kind: 'late_night_show',
      title: 'RV Late Nightshow',
      startsAt: '2022-11-07T19:00:00.000Z',
      endsAt: '2022-11-07T20:00:00.000Z',
    }),
    item(2, { title: 'Zorgzame buurt', startsAt: '2022-11-07T10:00:00.000Z' }),
    item(3, { title: 'Anders opleiden', startsAt: '2022-11-07T10:00:00.000Z' }),
    item(4, { kind: 'plenary', title: 'Plenaire start', startsAt: '2022-11-07T08:00:00.000Z' }),
    item(5, { kind: 'local_programme', title: 'Open huis', proposalStatus: 'proposed' }),
    item(6, { dayId: tuesday.id, kind: 'plenary', title: 'Start dinsdag' }),
    item(7, { dayId: id(99), title: 'Wees' }),
  ];
  it('sorts days by date and items by time, kind and title', () => {
    const result = programmeByDay([tuesday, monday], items);
    expect(result.map((d) => d.day.date)).toEqual(['2022-11-07', '2022-11-08']);
    expect(result[0]?.items.map((i) => i.title)).toEqual([
      'Plenaire start',
      'Open huis',
      'Anders opleiden',
      'Zorgzame buurt',
      'RV Late Nightshow',
    ]);
    expect(result[1]?.items.map((i) => i.title)).toEqual(['Start dinsdag']);
  });
  it('leaves out undecided local programmes for the public agenda', () => {
    const titles = programmeByDay([monday], items, { onlyAccepted: true })[0]?.items.map(
      (i) => i.title,
    );
    expect(titles).not.toContain('Open huis');
    expect(titles).toHaveLength(4);
  });
});
