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
