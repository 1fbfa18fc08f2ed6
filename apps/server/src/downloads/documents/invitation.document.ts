import { A4, palette, type Page } from '../layout/display-list.js';
import { createFlow, type Flow } from '../layout/flow.js';
import { documentTexts, joinSentences } from '../document-texts.js';
import type { ScheduleDate, SeriesDocumentData } from '../series-documents.data.js';
import { bullet, callout, footerLine } from './document-parts.js';
import { upcomingDates } from './description.document.js';

/** What an invitation is for: one session (the next, or a chosen one) or the whole series. */
export type InvitationTarget =
  | {
      readonly kind: 'session';
      readonly date: ScheduleDate;
      readonly then: readonly ScheduleDate[];
    }
  | { readonly kind: 'series'; readonly then: readonly ScheduleDate[] };

/** The most dates an invitation lists after its headline. */
const MAX_OTHER_DATES = 6;

/**
 * Chooses the invitation's subject: the session with `sessionSlug` when given (undefined if
 * the series has no such session), the whole series when `series` is asked, else the next
 * session that is still to come; with no session to come, the series. `then` holds the
 * following dates still to come.
 *
 * @example invitationTarget(data, now) // { kind: 'session', date: { date: 'maandag 7 april 2025', … }, then: […] }
 */
export function invitationTarget(
  data: SeriesDocumentData,
  now: Date,
  choice: { sessionSlug?: string; series?: boolean } = {},
): InvitationTarget | undefined {
  const coming = upcomingDates(data, now, data.dates.length);
  if (choice.sessionSlug !== undefined) {
    const date = data.dates.find((d) => d.slug === choice.sessionSlug);
    if (!date) return undefined;
    return { kind: 'session', date, then: coming.filter((d) => d.startsAt > date.startsAt) };
  }
  const [next, ...rest] = coming;
  if (choice.series || !next) return { kind: 'series', then: coming };
  return { kind: 'session', date: next, then: rest };
}

function dateLine(date: ScheduleDate): string {
  return `${date.date}, ${date.time}${date.theme ? ` — ${date.theme}` : ''}`;
}

function headline(flow: Flow, data: SeriesDocumentData, target: InvitationTarget): void {
  const how = data.online ? 'online' : 'op locatie';
  if (target.kind === 'session') {
    const cancelled = target.date.status === 'cancelled';
    flow.text(`${cancelled ? 'Vervalt' : 'Doe mee'} op ${target.date.date}`, {
      size: 22,
      weight: 'bold',
      color: cancelled ? palette.cancelled : palette.brandDark,
      leading: 1.2,
      after: 2,
    });
    flow.text(`${target.date.time}, ${how}`, { size: 15, after: 4 });
    if (target.date.theme) {
      flow.text(`Thema: ${target.date.theme}`, { size: 12.5, weight: 'bold', after: 2 });
    }
    if (target.date.note) flow.text(target.date.note, { size: 11, color: palette.muted });
  } else {
    flow.text(`Doe mee aan de ${data.title}`, {
      size: 22,
      weight: 'bold',
      color: palette.brandDark,
      leading: 1.2,
      after: 2,
    });
    flow.text(`${data.recurrence}, ${how}`, { size: 14, after: 4 });
  }
}

function a4Invitation(data: SeriesDocumentData, target: InvitationTarget, dates: number): Page[] {
  const flow = createFlow({ footer: footerLine(data) });
  flow.rectAt(0, 0, A4.width, 190, palette.brand);
  flow.rectAt(0, 190, A4.width, 5, palette.accent);
  flow.textAt('UITNODIGING', flow.left, 48, { size: 10, weight: 'bold', color: palette.white });
  flow.textAt('Jamsessie', flow.left, 100, { size: 44, weight: 'bold', color: palette.white });
  flow.textAt('Een uur sparren, improviseren en samen zoeken', flow.left, 130, {
    size: 14,
    color: palette.white,
  });
  flow.textAt(
    data.team ? `Actieteam ${data.team.shortName} · ${data.movement ?? ''}` : (data.movement ?? ''),
    flow.left,
    160,
    {
      size: 10,
      color: palette.white,
    },
  );
  flow.moveTo(225);
  headline(flow, data, target);
  flow.space(8);
  flow.text(documentTexts.jamming, { size: 11, after: 4 });
  flow.text(
    'Breng een vraag of dilemma uit je eigen praktijk mee, of luister en denk mee. We werken in drie korte stappen, zodat er ruimte is voor ieders vraag.',
    { size: 11, after: 4 },
  );
  const others = target.then.slice(0, dates);
  if (others.length > 0) {
    flow.space(6);
    flow.text(target.kind === 'session' ? 'Ook op deze data' : 'De data', {
      size: 12.5,
      weight: 'bold',
      color: palette.brandDark,
      after: 2,
    });
    for (const date of others) bullet(flow, dateLine(date), 10.5);
  }
  callout(flow, 'Zo doe je mee', joinSentences(data));
  flow.text(`Voor wie? ${data.audience.join('; ')}.`, { size: 10, color: palette.muted, after: 4 });
  flow.text(
    'Deel deze uitnodiging op intranet, stuur hem naar collega’s of breng hem in in een overleg.',
    {
      size: 10,
      color: palette.muted,
    },
  );
  return flow.pages();
}

/**
 * The invitation as one A4 page: the session (or series) in large type, the next dates, how
 * to ask for the link (never the link) and who may join. Fewer dates are listed when the page
 * would otherwise overflow, so it always stays one page.
 *
 * @example const [page] = invitationPages(data, invitationTarget(data, now)!);
 */
export function invitationPages(data: SeriesDocumentData, target: InvitationTarget): Page[] {
  for (let dates = MAX_OTHER_DATES; dates > 0; dates -= 1) {
    const pages = a4Invitation(data, target, dates);
    if (pages.length === 1) return pages;
  }
  return a4Invitation(data, target, 0).slice(0, 1);
}
