import { slugify, type NthOfMonth, type Series, type SeriesInput } from '@jamsessie/domain';

/** The rule fields of a series as a form holds them (strings where the inputs give strings). */
export type SeriesDraft = {
  title: string;
  slug: string;
  /** True once the coordinator typed a slug: then the title no longer proposes one. */
  slugTouched: boolean;
  description: string;
  actionTeamId: string;
  weekday: number;
  nth: NthOfMonth;
  startTime: string;
  durationMinutes: string;
  themeRotation: string[];
  firstDate: string;
  lastDate: string;
};

/**
 * A new series as the issue describes the jam sessions: first Monday of the month, 13.00,
 * one hour, with the given themes alternating, from the first day of next year.
 *
 * @example defaultDraft({ themeIds: [a, b], actionTeamId, year: 2027 }).startTime // '13:00'
 */
export function defaultDraft(options: {
  themeIds: string[];
  actionTeamId: string;
  year: number;
}): SeriesDraft {
  return {
    title: `Jamsessies ${options.year}`,
    slug: slugify(`Jamsessies ${options.year}`),
    slugTouched: false,
    description: '',
    actionTeamId: options.actionTeamId,
    weekday: 1,
    nth: 1,
    startTime: '13:00',
    durationMinutes: '60',
    themeRotation: options.themeIds,
    firstDate: `${options.year}-01-01`,
    lastDate: `${options.year}-12-31`,
  };
}

/**
 * The draft of an existing series, for the rule form.
 *
 * @example draftOf(series).durationMinutes // '60'
 */
export function draftOf(series: Series): SeriesDraft {
  return {
    title: series.title,
    slug: series.slug,
    slugTouched: true,
    description: series.description,
    actionTeamId: series.actionTeamId,
    weekday: series.recurrence.weekday,
    nth: series.recurrence.nth,
    startTime: series.recurrence.startTime,
    durationMinutes: String(series.recurrence.durationMinutes),
    themeRotation: [...series.themeRotation],
    firstDate: series.firstDate,
    lastDate: series.lastDate ?? '',
  };
}

/**
 * A title change proposes a slug until the coordinator edits the slug by hand.
 *
 * @example withTitle(draft, 'Jamsessies 2027').slug // 'jamsessies-2027'
 */
export function withTitle(draft: SeriesDraft, title: string): SeriesDraft {
  return { ...draft, title, slug: draft.slugTouched ? draft.slug : slugify(title) };
}

/**
 * The rule part of the API's series input. The duration stays a number even when the field
 * is half typed (NaN), so the server's Dutch message explains it next to the field.
 */
export function ruleOf(
  draft: SeriesDraft,
): Pick<
  SeriesInput,
  | 'title'
  | 'slug'
  | 'description'
  | 'actionTeamId'
  | 'recurrence'
  | 'themeRotation'
  | 'firstDate'
  | 'lastDate'
> {
  const duration = Number(draft.durationMinutes.trim() === '' ? NaN : draft.durationMinutes);
  return {
    title: draft.title,
    slug: draft.slug,
    description: draft.description,
    actionTeamId: draft.actionTeamId,
    recurrence: {
      kind: 'monthly_nth_weekday',
      weekday: draft.weekday,
      nth: draft.nth,
      startTime: draft.startTime,
      durationMinutes: Number.isFinite(duration) ? duration : 0,
    },
    themeRotation: draft.themeRotation,
    firstDate: draft.firstDate,
    lastDate: draft.lastDate.trim() === '' ? null : draft.lastDate,
  };
}

/**
 * A whole new series from a draft: no link yet, everyone from participating organisations
 * and LOC members eligible, no downloads yet.
 *
 * @example seriesInputOf(draft).eligibility.locMembers // true
 */
export function seriesInputOf(draft: SeriesDraft): SeriesInput {
  return {
    ...ruleOf(draft),
    exceptions: [],
    meetingLink: null,
    eligibility: { participatingOrganisations: true, locMembers: true, extraEmailDomains: [] },
    documents: [],
  };
}

/** The fields the rule form shows, by the API's field paths. */
export const ruleFields = [
  'title',
  'slug',
  'description',
  'actionTeamId',
  'recurrence.weekday',
  'recurrence.nth',
  'recurrence.startTime',
  'recurrence.durationMinutes',
  'themeRotation',
  'firstDate',
  'lastDate',
] as const;
