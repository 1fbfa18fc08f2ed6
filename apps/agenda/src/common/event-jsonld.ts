import { toLocalParts, publicPaths, publicUrl } from '@jamsessie/domain';

/** The public facts of a session that its schema.org description needs. */
export type EventFacts = {
  slug: string;
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  online: boolean;
  location: string | null;
  status: 'planned' | 'cancelled' | 'held';
};

/** An ISO date-time with the Amsterdam offset ('2025-04-07T13:00:00+02:00'), as schema.org prefers. */
export function amsterdamIso(instant: string): string {
  const { date, time, offsetMinutes } = toLocalParts(instant);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${date}T${time}:00${offset}`;
}

function attendanceMode(facts: EventFacts): string {
  if (facts.online && facts.location) return 'https://schema.org/MixedEventAttendanceMode';
  return facts.online
    ? 'https://schema.org/OnlineEventAttendanceMode'
    : 'https://schema.org/OfflineEventAttendanceMode';
}

/**
 * A schema.org `Event` for a session, for search engines and calendar tools. Its virtual
 * location points at the session's own PAGE, never at the meeting link (which is private and
 * not part of `EventFacts` at all).
 *
 * @example sessionEvent(session, 'https://jamsessie.example')
 * // { '@type': 'Event', location: { '@type': 'VirtualLocation', url: 'https://jamsessie.example/agenda/…' }, … }
 */
export function sessionEvent(facts: EventFacts, origin: string): Record<string, unknown> {
  const url = publicUrl(origin, publicPaths.session(facts.slug));
  const locations: Record<string, unknown>[] = [];
  if (facts.online) locations.push({ '@type': 'VirtualLocation', url });
  if (facts.location)
    locations.push({ '@type': 'Place', name: facts.location, address: facts.location });
  return {
    '@type': 'Event',
    name: facts.title,
    description: facts.description,
    startDate: amsterdamIso(facts.startsAt),
    endDate: amsterdamIso(facts.endsAt),
    eventStatus:
      facts.status === 'cancelled'
        ? 'https://schema.org/EventCancelled'
        : 'https://schema.org/EventScheduled',
    eventAttendanceMode: attendanceMode(facts),
    location: locations.length === 1 ? locations[0] : locations,
    url,
    inLanguage: 'nl-NL',
    isAccessibleForFree: true,
    organizer: { '@type': 'Organization', name: 'LOC Waardevolle zorg', url: origin },
  };
}

/**
 * A JSON-LD document with one or more events (`@graph` for a list).
 *
 * @example JSON.stringify(eventsDocument([sessionEvent(s, origin)]))
 */
export function eventsDocument(events: Record<string, unknown>[]): Record<string, unknown> {
  if (events.length === 1) return { '@context': 'https://schema.org', ...events[0] };
  return { '@context': 'https://schema.org', '@graph': events };
}
