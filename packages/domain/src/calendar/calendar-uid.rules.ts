import type { Id } from '../shared/index.js';
import { CALENDAR_UID_DOMAIN, type CalendarUid } from './calendar.schema.js';

/**
 * The stable calendar UID of a session (or any entity with an id). Calendar apps match
 * updates and cancellations by UID, so it depends on the id only: renaming or moving a
 * session keeps its UID, and rendering the feed twice gives the same UIDs.
 *
 * @example calendarUid('8f7c3b1e-2d4a-4c6b-9e1f-0a2b3c4d5e6f')
 * // '8f7c3b1e-2d4a-4c6b-9e1f-0a2b3c4d5e6f@jamsessie.radicalevernieuwing.nl'
 */
export function calendarUid(id: Id): CalendarUid {
  return `${id.toLowerCase()}@${CALENDAR_UID_DOMAIN}`;
}
