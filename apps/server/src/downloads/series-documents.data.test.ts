import { DEMO_MEETING_LINK, SERIES_ID, buildDemoData } from '@jamsessie/db';
import { toPublicSeries, toPublicSession } from '@jamsessie/domain';
import { describe, expect, it } from 'vitest';
import { audienceOf, contactEmailIn, toSeriesDocumentData } from './series-documents.data.js';

const demo = buildDemoData(new Date('2025-03-01T09:00:00.000Z'));
const series = demo.series.find((s) => s.id === SERIES_ID)!;

function dataFor(
  seriesValue = series,
  sessions = demo.sessions.filter((s) => s.seriesId === SERIES_ID),
) {
  return toSeriesDocumentData({
    series: toPublicSeries(seriesValue),
    sessions: sessions.map((s) => toPublicSession(s, { seriesLink: seriesValue.meetingLink })),
    themes: demo.themes,
    team: { name: 'Vrijheid en veiligheid', shortName: 'VVLG' },
    movement: 'Radicale vernieuwing zorg',
    baseUrl: 'https://jamsessie.test',
  });
}

describe('contactEmailIn', () => {
  it('finds the address the series text names, lowercased', () => {
    expect(contactEmailIn('Neem contact op met RadicaleVernieuwing@LOC.nl voor de link.')).toBe(
      'radicalevernieuwing@loc.nl',
    );
    expect(contactEmailIn('Aanmelden is niet nodig.')).toBeNull();
  });
});

describe('audienceOf', () => {
  it('follows the eligibility switches, including extra domains', () => {
    const lines = audienceOf(
      toPublicSeries({
        ...series,
        eligibility: {
          participatingOrganisations: false,
          locMembers: true,
          extraEmailDomains: ['vws.example'],
        },
      }),
      null,
    );
    expect(lines).toEqual([
      'Leden van LOC Waardevolle zorg',
      'Medewerkers met een e-mailadres van @vws.example',
    ]);
  });
});

describe('toSeriesDocumentData', () => {
  it('gives Dutch dates in Amsterdam time across the summer-time change', () => {
    const data = dataFor();
    const [march, april] = data.dates;
    expect(march).toMatchObject({
      date: 'maandag 3 maart 2025',
      time: '13.00–14.00 uur',
      year: 2025,
      theme: 'Open deuren',
    });
    expect(april).toMatchObject({ date: 'maandag 7 april 2025', time: '13.00–14.00 uur' });
    expect(april?.theme).toBe('Vrijheid en veiligheid voor het levensgeluk in de thuissituatie');
    expect(data.join).toMatchObject({
      linkOnRequest: true,
      pageUrl: 'https://jamsessie.test/agenda?reeks=jamsessies-vvlg',
      contactEmail: 'radicalevernieuwing@loc.nl',
    });
  });

  it('never carries the meeting link, also when a text contains it', () => {
    const leaky = {
      ...series,
      description: `${series.description} Link: ${DEMO_MEETING_LINK}`,
      documents: [{ kind: 'schedule' as const, title: `Schema ${DEMO_MEETING_LINK}` }],
    };
    expect(JSON.stringify(dataFor(leaky))).not.toContain(DEMO_MEETING_LINK);
  });

  it('marks a moved date with where it came from, and a cancelled one with its reason', () => {
    const sessions = demo.sessions.filter((s) => s.seriesId === SERIES_ID);
    const moved = {
      ...series,
      exceptions: [{ date: '2025-05-05', kind: 'move' as const, to: '2025-05-12' }],
    };
    const changed = sessions.map((s) =>
      s.startsAt === '2025-05-05T11:00:00.000Z'
        ? { ...s, startsAt: '2025-05-12T11:00:00.000Z', endsAt: '2025-05-12T12:00:00.000Z' }
        : s.startsAt === '2025-06-02T11:00:00.000Z'
          ? { ...s, status: 'cancelled' as const, cancellationReason: 'Pinksteren' }
          : s,
    );
    const dates = dataFor(moved, changed).dates;
    expect(dates.find((d) => d.date === 'maandag 12 mei 2025')?.note).toBe(
      'Verplaatst van maandag 5 mei 2025',
    );
    expect(dates.find((d) => d.date === 'maandag 2 juni 2025')).toMatchObject({
      status: 'cancelled',
      note: 'Vervalt: Pinksteren',
    });
  });
});
