import { sessionStatusLabels } from '../session/session.labels.js';
import type { CalendarEventStatus } from './calendar.schema.js';

/** Dutch labels of {@link CalendarEventStatus}: a cancelled event is the session's one word for it. */
export const calendarEventStatusLabels: Readonly<Record<CalendarEventStatus, string>> = {
  planned: 'Gepland',
  cancelled: sessionStatusLabels.cancelled,
};
