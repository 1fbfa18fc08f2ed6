import type { NthOfMonth, SeriesDocumentKind, SeriesException } from './series.schema.js';
import type { DateFlagKind } from './planned-date.schema.js';

/**
 * Dutch names of ISO weekdays (index 1..7).
 *
 * @example weekdayLabels[1] // 'maandag'
 */
export const weekdayLabels: Readonly<Record<number, string>> = {
  1: 'maandag',
  2: 'dinsdag',
  3: 'woensdag',
  4: 'donderdag',
  5: 'vrijdag',
  6: 'zaterdag',
  7: 'zondag',
};

/**
 * Dutch labels of {@link NthOfMonth}.
 *
 * @example `elke ${nthOfMonthLabels[1]} maandag` // 'elke eerste maandag'
 */
export const nthOfMonthLabels: Readonly<Record<NthOfMonth, string>> = {
  1: 'eerste',
  2: 'tweede',
  3: 'derde',
  4: 'vierde',
  [-1]: 'laatste',
};

/**
 * Dutch labels of the exception kinds.
 *
 * @example seriesExceptionKindLabels.skip // 'Overslaan'
 */
export const seriesExceptionKindLabels: Readonly<Record<SeriesException['kind'], string>> = {
  skip: 'Overslaan',
  move: 'Verplaatsen',
};

/**
 * Dutch labels of {@link SeriesDocumentKind}.
 *
 * @example seriesDocumentKindLabels.schedule // 'Schema'
 */
export const seriesDocumentKindLabels: Readonly<Record<SeriesDocumentKind, string>> = {
  schedule: 'Schema',
  description: 'Beschrijving',
  invitation: 'Uitnodiging',
};

/**
 * Dutch labels of {@link DateFlagKind}.
 *
 * @example dateFlagKindLabels.carnival // 'Carnaval'
 */
export const dateFlagKindLabels: Readonly<Record<DateFlagKind, string>> = {
  public_holiday: 'Feestdag',
  carnival: 'Carnaval',
  school_holiday: 'Schoolvakantie',
};

/**
 * The title of a series document as the public sees it, on the download link and in the file:
 * the series' own title for it when set ("Jamsessies VVLG 2025"), else one made from the series
 * title. An own title naming another year than the schedule holds would mislead (a 2026
 * schedule labelled "… 2025"), so then the made title is used.
 *
 * @example seriesDocumentTitle('schedule', { seriesTitle: 'Jamsessies VVLG', ownTitle: 'Jamsessies VVLG 2025', year: 2026 })
 * // 'Jamsessies VVLG 2026: data en thema’s'
 * @example seriesDocumentTitle('description', { seriesTitle: 'Jamsessies VVLG' }) // 'Beschrijving Jamsessies VVLG'
 */
export function seriesDocumentTitle(
  kind: SeriesDocumentKind,
  options: { seriesTitle: string; ownTitle?: string | null | undefined; year?: number },
): string {
  const { seriesTitle, ownTitle, year } = options;
  if (
    ownTitle &&
    (year === undefined || !/\b\d{4}\b/.test(ownTitle) || ownTitle.includes(String(year)))
  ) {
    return ownTitle;
  }
  switch (kind) {
    case 'schedule':
      return `${seriesTitle}${year ? ` ${year}` : ''}: data en thema’s`;
    case 'description':
      return `Beschrijving ${seriesTitle}`;
    case 'invitation':
      return `Uitnodiging ${seriesTitle}`;
  }
}
