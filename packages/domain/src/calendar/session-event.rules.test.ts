import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { toPublicSession, type Session } from '../session/index.js';
import { renderCalendar } from './calendar.render.js';
import { CalendarEvent } from './calendar.schema.js';
import { sessionPageUrl, sessionToCalendarEvent } from './session-event.rules.js';

const OPEN_DEUREN = '2a9c4f0e-1b3d-4e5f-8a7b-6c5d4e3f2a1b';
const THUIS = '3b8d5e1f-2c4e-4f60-9b8c-7d6e5f4a3b2c';
const SERIES_LINK = 'https://zoom.us/j/98765432100?pwd=VasteLinkVoorDeReeks';
const baseUrl = 'https://jamsessie.radicalevernieuwing.nl';
const themeLabels = new Map([
  [OPEN_DEUREN, 'Open deuren'],
  [THUIS, 'Vrijheid en veiligheid thuis'],
]);

const session: Session = {
  id: '8f7c3b1e-2d4a-4c6b-9e1f-0a2b3c4d5e6f',
  slug: 'jamsessie-7-april-2025',
  kind: 'jam_session',
  seriesId: '5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a',
  programmeItemId: null,
  title: 'Jamsessie: Vrijheid en veiligheid thuis',
  description: 'Een uur sparren over de Wet zorg en dwang in de thuissituatie.',
  themeIds: [THUIS],
  movementIds: [],
  startsAt: '2025-04-07T11:00:00.000Z',
  endsAt: '2025-04-07T12:00:00.000Z',
  online: true,
  location: null,
  status: 'planned',
  cancellationReason: null,
  meetingLink: null,
  sequence: 2,
  version: 4,
};

function eventOf(s: Session, lastModified?: string) {
  return sessionToCalendarEvent(toPublicSession(s, { seriesLink: SERIES_LINK }), {
    baseUrl,
    themeLabels,
    ...(lastModified ? { lastModified } : {}),
  });
}

describe('sessionPageUrl', () => {
  it('joins the site and the agenda path once, whatever the trailing slash', () => {
    expect(sessionPageUrl(`${baseUrl}/`, 'jamsessie-7-april-2025')).toBe(
      `${baseUrl}/agenda/jamsessie-7-april-2025`,
    );
    expect(sessionPageUrl(baseUrl, 'x')).toBe(`${baseUrl}/agenda/x`);
  });
});

describe('sessionToCalendarEvent', () => {
  it('maps a planned online session to a valid public event', () => {
    const event = eventOf(session, '2025-03-24T09:30:00.000Z');
    expect(CalendarEvent.parse(event)).toEqual(event);
    expect(event).toEqual({
      uid: '8f7c3b1e-2d4a-4c6b-9e1f-0a2b3c4d5e6f@jamsessie.radicalevernieuwing.nl',
      startsAt: '2025-04-07T11:00:00.000Z',
      endsAt: '2025-04-07T12:00:00.000Z',
      title: 'Jamsessie: Vrijheid en veiligheid thuis',
      description:
        'Een uur sparren over de Wet zorg en dwang in de thuissituatie.\n\n' +
        'Meedoen? De link om online mee te doen vraag je aan via ' +
        'https://jamsessie.radicalevernieuwing.nl/agenda/jamsessie-7-april-2025',
      url: 'https://jamsessie.radicalevernieuwing.nl/agenda/jamsessie-7-april-2025',
      categories: ['Vrijheid en veiligheid thuis'],
      sequence: 2,
      status: 'planned',
      location: 'Online',
      lastModified: '2025-03-24T09:30:00.000Z',
    });
  });

  it('marks a cancelled session in status, title and description, keeping its UID', () => {
    const planned = eventOf(session);
    const cancelled = eventOf({
      ...session,
      status: 'cancelled',
      cancellationReason: 'Te weinig aanmeldingen',
      sequence: 3,
    });
    expect(cancelled.uid).toBe(planned.uid);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.sequence).toBe(3);
    expect(cancelled.title).toBe('Gaat niet door: Jamsessie: Vrijheid en veiligheid thuis');
    expect(cancelled.description.startsWith('Deze sessie gaat niet door: Te weinig')).toBe(true);
  });

  it('treats a held session as an ordinary event and leaves unknown themes out', () => {
    const event = eventOf({
      ...session,
      status: 'held',
      themeIds: [OPEN_DEUREN, '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b'],
      online: false,
      location: 'Utrecht',
    });
    expect(event.status).toBe('planned');
    expect(event.categories).toEqual(['Open deuren']);
    expect(event.location).toBe('Utrecht');
    expect(event.description).toContain('Meer informatie: https://');
  });

  it('leaves out a location when the session is neither online nor placed', () => {
    const event = eventOf({ ...session, online: false, location: null });
    expect(event).not.toHaveProperty('location');
    expect(event).not.toHaveProperty('lastModified');
  });
});

describe('no meeting link reaches an ICS file', () => {
  const OWN_LINK = 'https://zoom.us/j/11122233344?pwd=EigenLinkVanDezeSessie';
  const leaky: Session = {
    ...session,
    meetingLink: OWN_LINK,
    title: `Jamsessie (${SERIES_LINK})`,
    description: `Doe mee via ${OWN_LINK} of via ${SERIES_LINK.replace('https://', '')}.`,
    location: `Online: ${OWN_LINK.toUpperCase()}`,
    status: 'cancelled',
    cancellationReason: `Nieuwe datum volgt, zelfde link ${SERIES_LINK}`,
  };

  it('is found in the rendered calendar, folded or unfolded, in any case', () => {
    const ics = renderCalendar([eventOf(leaky)], { name: 'Jamsessies' });
    const unfolded = ics.replaceAll('\r\n ', '').toLowerCase();
    for (const link of [OWN_LINK, SERIES_LINK]) {
      expect(unfolded).not.toContain(link.toLowerCase().replace('https://', ''));
      expect(unfolded).not.toContain(link.toLowerCase().split('?')[1]);
    }
    expect(unfolded).toContain('[link op aanvraag]');
  });

  it('holds for links placed anywhere in the texts (property)', () => {
    const linkArb = fc
      .tuple(fc.integer({ min: 1e9, max: 99e9 }), fc.stringMatching(/^[A-Za-z0-9]{8,20}$/))
      .map(([room, pwd]) => `https://zoom.us/j/${room}?pwd=${pwd}`);
    const around = fc.string({ unit: 'grapheme-ascii', maxLength: 40 });
    fc.assert(
      fc.property(linkArb, around, around, fc.boolean(), (link, before, after, own) => {
        const text = `${before}${link}${after}`;
        const s: Session = {
          ...session,
          meetingLink: own ? link : null,
          title: `Jamsessie ${text}`,
          description: text,
          location: text,
        };
        const seriesLink = own ? SERIES_LINK : link;
        const event = sessionToCalendarEvent(toPublicSession(s, { seriesLink }), {
          baseUrl,
          themeLabels,
        });
        const ics = renderCalendar([event], { name: 'Jamsessies' });
        const parsed = ICAL.Component.fromString(ics).getFirstSubcomponent('vevent');
        const values = ['summary', 'description', 'location', 'url'].map((name) =>
          String(parsed?.getFirstPropertyValue(name) ?? '').toLowerCase(),
        );
        const secret = link.toLowerCase().replace('https://', '');
        for (const value of values) expect(value).not.toContain(secret);
        expect(ics.replaceAll('\r\n ', '').toLowerCase()).not.toContain(secret);
      }),
      { numRuns: 200 },
    );
  });
});
