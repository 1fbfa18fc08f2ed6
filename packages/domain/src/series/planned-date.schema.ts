import { z } from 'zod';
import { Id, Instant, LocalDate } from '../shared/index.js';
import { SeriesException } from './series.schema.js';

/**
 * Why a planned date deserves the coordinator's attention.
 *
 * @example DateFlagKind.parse('carnival')
 */
export const DateFlagKind = z.enum(['public_holiday', 'carnival', 'school_holiday']);
/** A date flag kind. */
export type DateFlagKind = z.infer<typeof DateFlagKind>;

/**
 * A flag on a date, with its Dutch name ("Tweede Paasdag", "Carnavalsmaandag").
 *
 * @example DateFlag.parse({ kind: 'public_holiday', name: 'Tweede Paasdag' })
 */
export const DateFlag = z.object({ kind: DateFlagKind, name: z.string() });
/** A date flag. */
export type DateFlag = z.infer<typeof DateFlag>;

/**
 * One planned date of a series: when, which theme, flags, and the exception that moved it.
 *
 * @example { date: '2025-03-03', startsAt: '2025-03-03T12:00:00.000Z', endsAt: '2025-03-03T13:00:00.000Z', themeId, flags: [{ kind: 'carnival', name: 'Carnavalsmaandag' }] }
 */
export const PlannedDate = z.object({
  date: LocalDate,
  startsAt: Instant,
  endsAt: Instant,
  themeId: Id.nullable(),
  themeLabel: z.string().optional(),
  flags: z.array(DateFlag),
  exception: SeriesException.optional(),
});
/** A planned date. */
export type PlannedDate = z.infer<typeof PlannedDate>;
