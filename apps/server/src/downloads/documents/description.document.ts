import { palette, type Page } from '../layout/display-list.js';
import { createFlow, type Flow } from '../layout/flow.js';
import { documentTexts, documentTitle, joinSentences } from '../document-texts.js';
import type { ScheduleDate, SeriesDocumentData } from '../series-documents.data.js';
import { bullet, callout, drawBand, footerLine, heading } from './document-parts.js';
import { protocolSteps, hasSessionEnded } from '@jamsessie/domain';

/** How many coming dates the description lists (the schedule has them all). */
const NEXT_DATES = 4;

/**
 * The dates that are still to come and not cancelled, soonest first.
 *
 * @example upcomingDates(data, now, 3).map((d) => d.date) // ['maandag 7 april 2025', …]
 */
export function upcomingDates(data: SeriesDocumentData, now: Date, limit: number): ScheduleDate[] {
  const instant = now.toISOString();
  return data.dates
    .filter((d) => !hasSessionEnded(d, instant) && d.status !== 'cancelled')
    .slice(0, limit);
}

function steps(flow: Flow): void {
  flow.text(documentTexts.inventory, { size: 10.5, after: 6 });
  protocolSteps.forEach((step, index) => {
    flow.ensure(48);
    const top = flow.y();
    flow.rectAt(flow.left, top, 22, 22, palette.brand);
    flow.textAt(String(index + 1), flow.left + 7.5, top + 15.5, {
      size: 12,
      weight: 'bold',
      color: palette.white,
    });
    flow.text(step.title, { size: 11, weight: 'bold', color: palette.brandDark, indent: 34 });
    flow.text(step.text, { size: 10.5, indent: 34, after: 8 });
  });
  flow.text(documentTexts.afterwards, { size: 10.5, after: 4 });
  flow.text(documentTexts.privacy, { size: 10.5, color: palette.muted, after: 4 });
}

/**
 * The description of the online Jamsessies of a series as A4 pages: what a session is, the
 * themes, the three steps, who may join and how (asking for the link, never the link), and
 * the next dates. Built from the series' own texts and settings.
 *
 * @example const pages = descriptionPages(data, new Date());
 */
export function descriptionPages(data: SeriesDocumentData, now: Date): Page[] {
  const flow = createFlow({ footer: footerLine(data) });
  drawBand(flow, data, 'Jamsessies · beschrijving');
  flow.text(documentTitle(data, 'description'), {
    size: 20,
    weight: 'bold',
    color: palette.brandDark,
    leading: 1.2,
    after: 4,
  });
  flow.text(data.title, { size: 12, color: palette.muted, after: 10 });
  if (data.description.trim() !== '') flow.text(data.description, { size: 11, after: 6 });

  heading(flow, 'Wat is een Jamsessie?');
  flow.text(documentTexts.jamming, { size: 10.5, after: 4 });
  flow.text(
    `Een Jamsessie duurt ${data.duration} en is ${data.online ? 'online' : 'op locatie'}: ${data.recurrence}. ${documentTexts.timeZone}`,
    { size: 10.5, after: 4 },
  );

  if (data.themes.length > 0) {
    heading(flow, data.themes.length > 1 ? 'De thema’s' : 'Het thema');
    if (data.themes.length > 1) {
      flow.text('De thema’s wisselen elkaar maand na maand af:', { size: 10.5, after: 4 });
    }
    for (const theme of data.themes) {
      flow.ensure(32);
      flow.text(theme.label, { size: 10.5, weight: 'bold', indent: 18 });
      if (theme.description) flow.text(theme.description, { size: 10.5, indent: 18, after: 4 });
    }
  }

  heading(flow, 'Zo werken we: drie stappen');
  steps(flow);

  heading(flow, 'Voor wie?');
  for (const line of data.audience) bullet(flow, line);
  flow.text(`Welke organisaties deelnemen, staat op ${data.join.participantsUrl}.`, {
    size: 10.5,
    color: palette.muted,
    after: 2,
  });

  callout(flow, 'Zo doe je mee', joinSentences(data));

  const next = upcomingDates(data, now, NEXT_DATES);
  heading(flow, 'De volgende data');
  if (next.length === 0) flow.text(documentTexts.noDates, { size: 10.5, color: palette.muted });
  for (const date of next) {
    bullet(flow, `${date.date}, ${date.time}${date.theme ? ` — ${date.theme}` : ''}`);
  }
  flow.text(`Alle data staan in het schema en in de agenda: ${data.join.pageUrl}`, {
    size: 10.5,
    color: palette.muted,
  });
  return flow.pages();
}
