import type { CalendarEventStatus } from './calendar.schema.js';

/** Dutch labels of {@link CalendarEventStatus}. */
export const calendarEventStatusLabels: Readonly<Record<CalendarEventStatus, string>> = {
  planned: 'Gepland',
  cancelled: 'Afgelast',
};
