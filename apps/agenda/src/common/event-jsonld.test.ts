import { describe, expect, it } from 'vitest';
import { sessionEntry } from '../test/fixtures';
import { amsterdamIso, eventsDocument, sessionEvent } from './event-jsonld';

const origin = 'https://jamsessie.example';

describe('sessionEvent', () => {
  it('describes an online session with a virtual location at the session page', () => {
    const event = sessionEvent(sessionEntry(), origin);
    expect(event).toMatchObject({
      '@type': 'Event',
      startDate: '2025-04-07T13:00:00+02:00',
      endDate: '2025-04-07T14:00:00+02:00',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      eventStatus: 'https://schema.org/EventScheduled',
      location: { '@type': 'VirtualLocation', url: `${origin}/agenda/jamsessie-7-april-2025` },
    });
  });

  it('never carries a meeting link, even if one is passed along by mistake', () => {
    const leaky = { ...sessionEntry(), meetingLink: 'https://zoom.example/j/geheim' };
    expect(JSON.stringify(sessionEvent(leaky, origin))).not.toContain('zoom.example');
  });

  it('marks a cancelled session and a session on location', () => {
    const event = sessionEvent(
      sessionEntry({ status: 'cancelled', online: false, location: 'Utrecht' }),
      origin,
    );
    expect(event.eventStatus).toBe('https://schema.org/EventCancelled');
    expect(event.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
    expect(event.location).toEqual({ '@type': 'Place', name: 'Utrecht', address: 'Utrecht' });
  });

  it('uses the winter offset in winter', () => {
    expect(amsterdamIso('2025-03-03T12:00:00.000Z')).toBe('2025-03-03T13:00:00+01:00');
  });
});

describe('eventsDocument', () => {
  it('wraps several events in a graph with the schema.org context', () => {
    const doc = eventsDocument([{ '@type': 'Event' }, { '@type': 'Event' }]);
    expect(doc['@context']).toBe('https://schema.org');
    expect(doc['@graph']).toHaveLength(2);
  });
});
