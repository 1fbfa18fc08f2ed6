import { toLocalParts, hasSessionEnded } from '@jamsessie/domain';
import { palette, type Page } from '../layout/display-list.js';
import { createFlow, type Cell } from '../layout/flow.js';
import { documentTexts, documentTitle, joinSentences } from '../document-texts.js';
import type { ScheduleDate, SeriesDocumentData } from '../series-documents.data.js';
import { callout, drawBand, footerLine } from './document-parts.js';

/**
 * Which year the schedule shows by default: the year of the next session that has not ended,
 * else the year of the last session, else the current year (all in Amsterdam).
 *
 * @example scheduleYear(data, new Date('2025-03-01T09:00:00Z')) // 2025
 */
export function scheduleYear(data: SeriesDocumentData, now: Date): number {
  const next = data.dates.find((d) => !hasSessionEnded(d, now.toISOString()));
  const last = data.dates.at(-1);
  return next?.year ?? last?.year ?? Number(toLocalParts(now.toISOString()).date.slice(0, 4));
}

/** The years the series has sessions in, oldest first. */
export function scheduleYears(data: SeriesDocumentData): number[] {
  return [...new Set(data.dates.map((d) => d.year))].sort((a, b) => a - b);
}

const COLUMNS = { date: 0, time: 168, theme: 262 } as const;

function cellsOf(row: ScheduleDate, width: number): Cell[] {
  const cancelled = row.status === 'cancelled';
  const color = cancelled ? palette.cancelled : palette.ink;
  const theme = [row.theme ?? '—', row.note].filter(Boolean).join('\n');
  return [
    { text: row.date, x: COLUMNS.date, width: COLUMNS.time - 10, weight: 'bold', color },
    { text: cancelled ? documentTexts.cancelled : row.time, x: COLUMNS.time, width: 90, color },
    {
      text: theme,
      x: COLUMNS.theme,
      width: width - COLUMNS.theme,
      color: cancelled ? palette.cancelled : palette.ink,
    },
  ];
}

/**
 * The schedule of a series for one year as A4 pages: every date with its time and theme
 * (cancelled and moved dates marked), and how to ask for the link, never the link itself.
 * Made from the stored sessions, so a moved or cancelled session shows as it is now.
 *
 * @example const pages = schedulePages(data, 2025); const pdf = await renderPdf(pages, meta);
 */
export function schedulePages(data: SeriesDocumentData, year: number): Page[] {
  // A year of monthly sessions and the "Zo doe je mee" box belong on one page: when the roomy
  // rows push the box onto a page of its own, the rows close up.
  const roomy = layoutSchedule(data, year, ROOMY_ROWS);
  if (roomy.length === 1) return roomy;
  const compact = layoutSchedule(data, year, COMPACT_ROWS);
  return compact.length < roomy.length ? compact : roomy;
}

type RowSpacing = { readonly gap: number; readonly leading: number };
const ROOMY_ROWS: RowSpacing = { gap: 5, leading: 1.3 };
const COMPACT_ROWS: RowSpacing = { gap: 2, leading: 1.15 };

function layoutSchedule(data: SeriesDocumentData, year: number, spacing: RowSpacing): Page[] {
  const flow = createFlow({ footer: footerLine(data) });
  drawBand(flow, data, 'Jamsessies · schema');
  flow.text(documentTitle(data, 'schedule', year), {
    size: 24,
    weight: 'bold',
    color: palette.brandDark,
    leading: 1.2,
    after: 4,
  });
  if (data.documentTitles.schedule) {
    flow.text(data.title, { size: 12, color: palette.muted, after: 2 });
  }
  const how = data.online ? 'online' : 'op locatie';
  flow.text(`${capitalise(data.recurrence)}, ${how}. ${documentTexts.timeZone}`, {
    size: 11,
    color: palette.ink,
    after: 14,
  });

  const rows = data.dates.filter((d) => d.year === year);
  const width = flow.contentWidth;
  const header: Cell[] = [
    { text: 'Datum', x: COLUMNS.date, width: 150 },
    { text: 'Tijd', x: COLUMNS.time, width: 90 },
    { text: 'Thema', x: COLUMNS.theme, width: width - COLUMNS.theme },
  ];
  flow.rect(flow.left, width, 22, palette.wash);
  flow.space(6);
  flow.row(header, { size: 10, weight: 'bold', color: palette.brandDark, after: 6 });
  if (rows.length === 0) {
    flow.text(documentTexts.noDates, { size: 11, color: palette.muted, after: 8 });
  }
  for (const row of rows) {
    flow.space(spacing.gap);
    flow.row(cellsOf(row, width), { size: 10.5, leading: spacing.leading, after: spacing.gap });
    flow.rect(flow.left, width, 0.6, palette.line);
  }
  flow.space(10);
  if (data.themes.length > 1) {
    flow.text(`De thema’s wisselen elkaar af: ${data.themes.map((t) => t.label).join(' en ')}.`, {
      size: 10.5,
      color: palette.muted,
      after: 4,
    });
  }
  callout(flow, 'Zo doe je mee', joinSentences(data));
  return flow.pages();
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
