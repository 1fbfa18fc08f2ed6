import { SERIES_ID, buildDemoData } from '@jamsessie/db';
import { toPublicSeries, toPublicSession } from '@jamsessie/domain';
import { describe, expect, it } from 'vitest';
import { pagesText } from '../layout/display-list.js';
import { renderPdf } from '../render/pdf.render.js';
import { toSeriesDocumentData, type SeriesDocumentData } from '../series-documents.data.js';
import { invitationCard, CARD } from './invitation-card.document.js';
import { invitationPages, invitationTarget } from './invitation.document.js';
import { schedulePages, scheduleYear, scheduleYears } from './schedule.document.js';

const demo = buildDemoData(new Date('2025-03-01T09:00:00.000Z'));
const series = demo.series.find((s) => s.id === SERIES_ID)!;
const data: SeriesDocumentData = toSeriesDocumentData({
  series: toPublicSeries(series),
  sessions: demo.sessions
    .filter((s) => s.seriesId === SERIES_ID)
    .map((s) => toPublicSession(s, { seriesLink: series.meetingLink })),
  themes: demo.themes,
  team: { name: 'Vrijheid en veiligheid', shortName: 'VVLG' },
  movement: 'Radicale vernieuwing zorg',
  baseUrl: 'https://jamsessie.test',
});
const march4 = new Date('2025-03-04T09:00:00.000Z');

describe('invitationTarget', () => {
  it('picks the next session that has not ended, or the whole series when asked', () => {
    const next = invitationTarget(data, march4);
    expect(next?.kind === 'session' && next.date.date).toBe('maandag 7 april 2025');
    expect(next?.then[0]?.date).toBe('maandag 5 mei 2025');
    expect(invitationTarget(data, march4, { series: true })?.kind).toBe('series');
    expect(invitationTarget(data, march4, { sessionSlug: 'bestaat-niet' })).toBeUndefined();
  });

  it('falls back to the series when no session is to come', () => {
    expect(invitationTarget(data, new Date('2099-01-01T00:00:00.000Z'))).toEqual({
      kind: 'series',
      then: [],
    });
  });
});

describe('layouts', () => {
  it('keeps the invitation on one page, also with very long theme names', () => {
    const long = {
      ...data,
      dates: data.dates.map((d) => ({ ...d, theme: `${d.theme ?? ''} `.repeat(6).trim() })),
    };
    const pages = invitationPages(long, invitationTarget(long, march4)!);
    expect(pages).toHaveLength(1);
    expect(pagesText(pages)).toContain('Zo doe je mee');
  });

  it('keeps every text of the card inside the card', () => {
    const card = invitationCard(data, invitationTarget(data, march4)!);
    expect(card).toMatchObject({ width: CARD.width, height: CARD.height });
    for (const op of card.ops) {
      if (op.kind !== 'text') continue;
      expect(op.y).toBeLessThanOrEqual(CARD.height - 10);
      expect(op.x).toBeGreaterThanOrEqual(0);
    }
  });

  it('keeps the "Zo doe je mee" box with the table: a year of monthly sessions is one page', () => {
    // Seeded at the end of 2026 the demo has full years (2026 and 2027, twelve dates each).
    const late = buildDemoData(new Date('2026-12-07T09:00:00.000Z'));
    const full = toSeriesDocumentData({
      series: toPublicSeries(late.series.find((s) => s.id === SERIES_ID)!),
      sessions: late.sessions
        .filter((s) => s.seriesId === SERIES_ID)
        .map((s) => toPublicSession(s, { seriesLink: series.meetingLink })),
      themes: late.themes,
      team: data.team,
      movement: 'Radicale vernieuwing zorg',
      baseUrl: 'https://jamsessie.test',
    });
    expect(
      Math.max(...scheduleYears(full).map((y) => full.dates.filter((d) => d.year === y).length)),
    ).toBe(12);
    for (const year of scheduleYears(full)) {
      const pages = schedulePages(full, year);
      expect({ year, pages: pages.length }).toEqual({ year, pages: 1 });
      expect(pagesText(pages)).toContain('Zo doe je mee');
    }
  });

  it('chooses the year of the next session and writes the same PDF bytes for the same data', async () => {
    expect(scheduleYear(data, march4)).toBe(2025);
    const meta = { title: 'Jamsessies VVLG 2025', subject: 'Schema' };
    const first = await renderPdf(schedulePages(data, 2025), meta);
    const second = await renderPdf(schedulePages(data, 2025), meta);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });
});
