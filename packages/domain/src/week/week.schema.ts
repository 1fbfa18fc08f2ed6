import { z } from 'zod';
import {
  HttpsUrl,
  Id,
  Instant,
  LocalDate,
  Slug,
  Version,
  optionalText,
  requiredText,
} from '../shared/index.js';
import { MovementSlug } from '../organisation/index.js';

/**
 * An edition of the "Week van de Radicale vernieuwing" (first: November 2021, Utrecht and
 * online, "samen doorbreken we muren!"; next: 7–11 November 2022).
 *
 * @example WeekEdition.parse({ id, slug: 'week-2022', year: 2022, title: 'Week van de Radicale vernieuwing 2022', motto: '', startsOn: '2022-11-07', endsOn: '2022-11-11', location: 'Utrecht en online', version: 1 })
 */
export const WeekEdition = z.object({
  id: Id,
  slug: Slug,
  year: z
    .number()
    .int({ error: 'Vul een jaartal in.' })
    .min(2021, { error: 'De eerste Week was in 2021.' })
    .max(2100, { error: 'Vul een jaartal tot 2100 in.' }),
  title: requiredText(200),
  motto: optionalText(300),
  startsOn: LocalDate,
  endsOn: LocalDate,
  location: optionalText(300),
  /** A film about the whole edition ("De week in 9 minuten"), shown on its public page. */
  videoUrl: HttpsUrl.nullable(),
  version: Version,
});
/** A week edition. */
export type WeekEdition = z.infer<typeof WeekEdition>;
/**
 * Week edition create input. The film may be left out (none yet); it is never given a
 * default, so an update that leaves it out keeps the one stored.
 */
export const WeekEditionInput = WeekEdition.omit({ id: true, version: true }).extend({
  videoUrl: WeekEdition.shape.videoUrl.optional(),
});
/** Week edition create input. */
export type WeekEditionInput = z.infer<typeof WeekEditionInput>;
/** A partial week edition update with the version it was based on. */
export const WeekEditionUpdate = WeekEditionInput.partial().extend({ id: Id, version: Version });
/** Week edition update input. */
export type WeekEditionUpdate = z.infer<typeof WeekEditionUpdate>;

/**
 * The sector of a day of the week: one of the four movements, or "voorbij sectoren".
 *
 * @example Sector.parse('voorbij-sectoren')
 */
export const Sector = z.enum([...MovementSlug.options, 'voorbij-sectoren'], {
  error: 'Kies een sector.',
});
/** A week day's sector. */
export type Sector = z.infer<typeof Sector>;

/**
 * The order of the sector days, Monday to Friday, as in the 2021 edition.
 *
 * @example SECTOR_ORDER[0] // 'zorg' (Monday)
 */
export const SECTOR_ORDER: readonly Sector[] = [
  'zorg',
  'langdurige-ggz',
  'zorgonderwijs',
  'jeugdzorg',
  'voorbij-sectoren',
];

/**
 * One day of an edition, devoted to a sector, with links to its recording and report.
 *
 * @example WeekDay.parse({ id, editionId, date: '2022-11-07', sector: 'zorg', title: 'Maandag: zorg in verpleeghuizen en thuis', summary: '', recordingUrl: null, reportUrl: null, version: 1 })
 */
export const WeekDay = z.object({
  id: Id,
  editionId: Id,
  date: LocalDate,
  sector: Sector,
  title: requiredText(200),
  summary: optionalText(5000),
  recordingUrl: HttpsUrl.nullable(),
  reportUrl: HttpsUrl.nullable(),
  version: Version,
});
/** A day of the week. */
export type WeekDay = z.infer<typeof WeekDay>;
/** Week day create input. */
export const WeekDayInput = WeekDay.omit({ id: true, version: true });
/** Week day create input. */
export type WeekDayInput = z.infer<typeof WeekDayInput>;
/** A partial week day update with the version it was based on. */
export const WeekDayUpdate = WeekDayInput.partial().extend({ id: Id, version: Version });
/** Week day update input. */
export type WeekDayUpdate = z.infer<typeof WeekDayUpdate>;

/**
 * The recording and the extended report of a day, set once they are online, with the version
 * of the day the change was based on.
 *
 * @example WeekDayLinks.parse({ id, version: 2, recordingUrl: 'https://video.example/maandag', reportUrl: null })
 */
export const WeekDayLinks = WeekDay.pick({
  id: true,
  version: true,
  recordingUrl: true,
  reportUrl: true,
});
/** Week day links input. */
export type WeekDayLinks = z.infer<typeof WeekDayLinks>;

/**
 * The kinds of programme item: plenary start, parallel inspiration session, the closing
 * RV Late Nightshow, or a programme at an organisation's own location.
 *
 * @example ProgrammeItemKind.parse('late_night_show')
 */
export const ProgrammeItemKind = z.enum(
  ['plenary', 'inspiration_session', 'late_night_show', 'local_programme'],
  {
    error: 'Kies een soort programmaonderdeel.',
  },
);
/** A programme item kind. */
export type ProgrammeItemKind = z.infer<typeof ProgrammeItemKind>;

/**
 * Where a proposed local programme stands; other kinds are always 'accepted'.
 *
 * @example ProposalStatus.parse('proposed')
 */
export const ProposalStatus = z.enum(['proposed', 'accepted', 'declined'], {
  error: 'Kies een status.',
});
/** A proposal status. */
export type ProposalStatus = z.infer<typeof ProposalStatus>;

/**
 * A person's role in a programme item.
 *
 * @example ProgrammeRoleKind.parse('host')
 */
export const ProgrammeRoleKind = z.enum(['host', 'guest', 'speaker'], { error: 'Kies een rol.' });
/** A programme role kind. */
export type ProgrammeRoleKind = z.infer<typeof ProgrammeRoleKind>;

/**
 * Someone with a role in a programme item (host and guests of the Late Nightshow).
 *
 * @example ProgrammeRole.parse({ personName: 'Sanne Voorbeeld', role: 'guest', organisationId: null })
 */
export const ProgrammeRole = z.object({
  personName: requiredText(200),
  role: ProgrammeRoleKind,
  organisationId: Id.nullable(),
});
/** A programme role. */
export type ProgrammeRole = z.infer<typeof ProgrammeRole>;

/**
 * An item in a day's programme. `organisationId` is the host organisation of a local
 * programme; `proposalStatus` matters for local programmes (others are 'accepted').
 *
 * @example ProgrammeItem.parse({ id, dayId, kind: 'plenary', title: 'Plenaire start', description: '', startsAt, endsAt, online: true, location: 'Utrecht', organisationId: null, proposalStatus: 'accepted', roles: [], version: 1 })
 */
export const ProgrammeItem = z.object({
  id: Id,
  dayId: Id,
  kind: ProgrammeItemKind,
  title: requiredText(200),
  description: optionalText(10_000),
  startsAt: Instant,
  endsAt: Instant,
  online: z.boolean(),
  location: optionalText(300).nullable(),
  organisationId: Id.nullable(),
  proposalStatus: ProposalStatus,
  roles: z.array(ProgrammeRole).max(30, { error: 'Hoogstens 30 personen.' }),
  version: Version,
});
/** A programme item. */
export type ProgrammeItem = z.infer<typeof ProgrammeItem>;
/** Programme item create input. */
export const ProgrammeItemInput = ProgrammeItem.omit({ id: true, version: true });
/** Programme item create input. */
export type ProgrammeItemInput = z.infer<typeof ProgrammeItemInput>;
/** A partial programme item update with the version it was based on. */
export const ProgrammeItemUpdate = ProgrammeItemInput.partial().extend({
  id: Id,
  version: Version,
});
/** Programme item update input. */
export type ProgrammeItemUpdate = z.infer<typeof ProgrammeItemUpdate>;
