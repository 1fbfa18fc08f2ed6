import { z } from 'zod';
import {
  HttpsUrl,
  Id,
  LocalDate,
  LocalTime,
  Slug,
  Version,
  optionalText,
  requiredText,
} from '../shared/index.js';
import { EmailDomain } from '../organisation/index.js';

/**
 * ISO weekday, 1 = Monday … 7 = Sunday.
 *
 * @example IsoWeekday.parse(1) // Monday
 */
export const IsoWeekday = z
  .number({ error: 'Kies een weekdag.' })
  .int({ error: 'Kies een weekdag.' })
  .min(1, { error: 'Kies een weekdag.' })
  .max(7, { error: 'Kies een weekdag.' });
/** ISO weekday number. */
export type IsoWeekday = z.infer<typeof IsoWeekday>;

/**
 * Which occurrence in the month: 1st … 4th, or -1 for the last.
 *
 * @example NthOfMonth.parse(-1) // last
 */
export const NthOfMonth = z.union(
  [z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)],
  {
    error: 'Kies de eerste, tweede, derde, vierde of laatste.',
  },
);
/** 1, 2, 3, 4 or -1 (last). */
export type NthOfMonth = z.infer<typeof NthOfMonth>;

/**
 * How a series repeats: the nth weekday of every month at a fixed Amsterdam time.
 *
 * @example Recurrence.parse({ kind: 'monthly_nth_weekday', weekday: 1, nth: 1, startTime: '13:00', durationMinutes: 60 })
 */
export const Recurrence = z.object({
  kind: z.literal('monthly_nth_weekday'),
  weekday: IsoWeekday,
  nth: NthOfMonth,
  startTime: LocalTime,
  durationMinutes: z
    .number({ error: 'Vul een duur in minuten in.' })
    .int({ error: 'Vul een duur in hele minuten in.' })
    .min(15, { error: 'Een sessie duurt minstens 15 minuten.' })
    .max(480, { error: 'Een sessie duurt hoogstens 8 uur.' }),
});
/** A monthly recurrence rule. */
export type Recurrence = z.infer<typeof Recurrence>;

/**
 * An exception to the rule for one regular date: skip it, or move it to another date
 * (optionally another start time).
 *
 * @example SeriesException.parse({ date: '2025-06-02', kind: 'move', to: '2025-06-10', reason: 'Pinksteren' })
 */
export const SeriesException = z.discriminatedUnion(
  'kind',
  [
    z.object({ date: LocalDate, kind: z.literal('skip'), reason: optionalText(500).optional() }),
    z.object({
      date: LocalDate,
      kind: z.literal('move'),
      to: LocalDate,
      startTime: LocalTime.optional(),
      reason: optionalText(500).optional(),
    }),
  ],
  { error: 'Kies overslaan of verplaatsen.' },
);
/** A skip or move of one regular date. */
export type SeriesException = z.infer<typeof SeriesException>;

/**
 * The kinds of downloadable document of a series.
 *
 * @example SeriesDocumentKind.parse('schedule')
 */
export const SeriesDocumentKind = z.enum(['schedule', 'description', 'invitation'], {
  error: 'Kies een soort document.',
});
/** A series document kind. */
export type SeriesDocumentKind = z.infer<typeof SeriesDocumentKind>;

/**
 * A downloadable document ("Jamsessies VVLG 2025", "Beschrijving online jamsessies …").
 * `url` is optional: the document may be stored elsewhere (the minimum a document needs is its title and kind).
 *
 * @example SeriesDocument.parse({ kind: 'schedule', title: 'Jamsessies VVLG 2025' })
 */
export const SeriesDocument = z.object({
  kind: SeriesDocumentKind,
  title: requiredText(200),
  url: HttpsUrl.optional(),
});
/** A series document. */
export type SeriesDocument = z.infer<typeof SeriesDocument>;

/** Days before a session that an eligible person's calendar shows the link, unless set per series. */
export const DEFAULT_LINK_LEAD_DAYS = 2;

/**
 * Who may receive the meeting link: staff of participating organisations (by e-mail domain),
 * LOC members, and extra domains.
 *
 * @example SeriesEligibility.parse({ participatingOrganisations: true, locMembers: true, extraEmailDomains: ['loc.nl'] })
 */
export const SeriesEligibility = z.object({
  participatingOrganisations: z.boolean(),
  locMembers: z.boolean(),
  extraEmailDomains: z.array(EmailDomain).max(50, { error: 'Hoogstens 50 domeinen.' }),
  /**
   * How many days before each session an eligible person's own calendar shows the meeting
   * link (absent: {@link DEFAULT_LINK_LEAD_DAYS}); 0 shows it only while the session runs.
   */
  linkLeadDays: z
    .number({ error: 'Vul een aantal dagen in.' })
    .int({ error: 'Vul een heel aantal dagen in.' })
    .min(0, { error: 'Vul 0 of meer dagen in.' })
    .max(30, { error: 'Hoogstens 30 dagen.' })
    .optional(),
});
/** Link eligibility settings. */
export type SeriesEligibility = z.infer<typeof SeriesEligibility>;

/**
 * A series of recurring sessions ("reeks"), e.g. the monthly 2025 jam sessions of VVLG.
 * `meetingLink` is PRIVATE: never send a Series to the public; use `toPublicSeries`.
 *
 * @example Series.parse({ id, slug: 'jamsessies-vvlg-2025', title: 'Jamsessies …', …, version: 1 })
 */
export const Series = z.object({
  id: Id,
  slug: Slug,
  title: requiredText(200),
  description: optionalText(10_000),
  actionTeamId: Id,
  recurrence: Recurrence,
  themeRotation: z.array(Id).max(12, { error: 'Hoogstens 12 thema’s in de wisseling.' }),
  exceptions: z.array(SeriesException).max(60, { error: 'Hoogstens 60 uitzonderingen.' }),
  meetingLink: HttpsUrl.nullable(),
  eligibility: SeriesEligibility,
  documents: z.array(SeriesDocument).max(20, { error: 'Hoogstens 20 documenten.' }),
  firstDate: LocalDate,
  lastDate: LocalDate.nullable(),
  version: Version,
});
/** A series (with its private meeting link). */
export type Series = z.infer<typeof Series>;
/**
 * Series create input (id passed in separately, version starts at 1). A new or edited series
 * needs at least one theme: the public "Reeks" filter and the sessions show it by its themes.
 */
export const SeriesInput = Series.omit({ id: true, version: true }).extend({
  themeRotation: Series.shape.themeRotation.min(1, { error: 'Kies minstens één thema.' }),
});
/** Series create input. */
export type SeriesInput = z.infer<typeof SeriesInput>;
/** A partial series update with the version it was based on (optimistic concurrency). */
export const SeriesUpdate = SeriesInput.partial().extend({ id: Id, version: Version });
/** Series update input. */
export type SeriesUpdate = z.infer<typeof SeriesUpdate>;

/**
 * The public view of a series: no meeting link, only whether one can be requested.
 *
 * @example PublicSeries.parse(toPublicSeries(series))
 */
export const PublicSeries = Series.omit({ meetingLink: true }).extend({
  linkOnRequest: z.boolean(),
});
/** The public view of a series. */
export type PublicSeries = z.infer<typeof PublicSeries>;
