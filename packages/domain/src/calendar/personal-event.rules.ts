import type { HttpsUrl } from '../shared/index.js';
import type { CalendarEvent } from './calendar.schema.js';

/**
 * The one place a meeting link enters a calendar event: a public event (from
 * `sessionToCalendarEvent`) with the link as its location and at the head of its text.
 * PRIVATE output: only for the personal feed of a person who may have the link now (see
 * `personalMeetingLink`); a public feed never calls this.
 *
 * @example withMeetingLink(event, 'https://meet.example/j/123').location // 'https://meet.example/j/123'
 */
export function withMeetingLink(event: CalendarEvent, link: HttpsUrl): CalendarEvent {
  return {
    ...event,
    location: link,
    description: [`Meedoen: ${link}`, event.description].filter((p) => p !== '').join('\n\n'),
  };
}
