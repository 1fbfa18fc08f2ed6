import { describe, expect, expectTypeOf, it } from 'vitest';
import { calendarUid } from './calendar-uid.rules.js';
import { renderCalendar } from './calendar.render.js';
import { CalendarEvent, CalendarOptions, CalendarEventStatus } from './calendar.schema.js';
import { calendarEventStatusLabels } from './calendar.labels.js';

const valid: CalendarEvent = {
  uid: calendarUid('8f7c3b1e-2d4a-4c6b-9e1f-0a2b3c4d5e6f'),
  startsAt: '2025-03-03T12:00:00.000Z',
  endsAt: '2025-03-03T13:00:00.000Z',
  title: 'Jamsessie Open deuren',
  description: '',
  url: 'https://radicalevernieuwing.nl/agenda/jamsessie-3-maart-2025',
  categories: [],
  sequence: 0,
  status: 'planned',
};
const options = { name: 'Jamsessies' };

/** The property names inside the VEVENT blocks of an unfolded calendar. */
function eventPropertyNames(ics: string): Set<string> {
  const unfolded = ics.replaceAll('\r\n ', '');
  const events = unfolded.match(/BEGIN:VEVENT\r\n[\s\S]*?END:VEVENT/g) ?? [];
  const names = events.flatMap((block) =>
    block
      .split('\r\n')
      .slice(1, -1)
      .map((line) => /^[A-Z-]+/.exec(line)?.[0] ?? line),
  );
  return new Set(names);
}

describe('calendarUid', () => {
  it('derives a stable UID from the id alone', () => {
    expect(calendarUid('8F7C3B1E-2D4A-4C6B-9E1F-0A2B3C4D5E6F')).toBe(
      '8f7c3b1e-2d4a-4c6b-9e1f-0a2b3c4d5e6f@jamsessie.radicalevernieuwing.nl',
    );
    expect(
      CalendarEvent.shape.uid.safeParse(calendarUid('1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d'))
        .success,
    ).toBe(true);
  });
});

describe('CalendarEvent never carries a meeting link', () => {
  it('has exactly the public fields, none of them a link to the meeting', () => {
    expect(Object.keys(CalendarEvent.shape).sort()).toEqual(
      [
        'categories',
        'description',
        'endsAt',
        'lastModified',
        'location',
        'sequence',
        'startsAt',
        'status',
        'title',
        'uid',
        'url',
      ].sort(),
    );
    expect(
      Object.keys(CalendarEvent.shape).filter((key) => /link|meeting|zoom/i.test(key)),
    ).toEqual([]);
    expectTypeOf<CalendarEvent>().not.toHaveProperty('meetingLink');
  });

  it('refuses an object that carries extra fields, such as a whole session', () => {
    const session = { ...valid, meetingLink: 'https://zoom.us/j/123456789' };
    expect(CalendarEvent.safeParse(session).success).toBe(false);
    expect(() => renderCalendar([session], options)).toThrow(/meetingLink/);
  });

  it('writes only the properties it was given', () => {
    const bare = eventPropertyNames(renderCalendar([valid], options));
    expect([...bare].sort()).toEqual(
      ['DTEND', 'DTSTAMP', 'DTSTART', 'SEQUENCE', 'STATUS', 'SUMMARY', 'UID', 'URL;VALUE=URI']
        .map((name) => name.split(';')[0])
        .sort(),
    );
    const full = eventPropertyNames(
      renderCalendar(
        [
          {
            ...valid,
            description: 'Tekst',
            categories: ['Open deuren'],
            location: 'Online',
            lastModified: '2025-02-01T10:00:00.000Z',
          },
        ],
        options,
      ),
    );
    expect([...full].filter((name) => !bare.has(name)).sort()).toEqual([
      'CATEGORIES',
      'DESCRIPTION',
      'LAST-MODIFIED',
      'LOCATION',
    ]);
  });
});

describe('CalendarEvent validation', () => {
  it.each([
    ['an end before the start', { endsAt: '2025-03-03T11:00:00.000Z' }],
    ['an end equal to the start', { endsAt: '2025-03-03T12:00:00.000Z' }],
    ['a UID with a line break', { uid: 'abc\r\nX-INJECT:1@x.nl' }],
    ['a UID without a host', { uid: 'abc' }],
    ['an ftp URL', { url: 'ftp://radicalevernieuwing.nl' }],
    ['a javascript: URL', { url: 'javascript:alert(1)' }],
    ['an empty title', { title: '   ' }],
    ['a negative sequence', { sequence: -1 }],
    ['an unknown status', { status: 'held' }],
    ['an invalid instant', { startsAt: '3 maart 2025' }],
  ])('refuses %s', (_label, change) => {
    const result = CalendarEvent.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
  });

  it('normalises instants with an offset to UTC', () => {
    const parsed = CalendarEvent.parse({ ...valid, startsAt: '2025-03-03T13:00:00+01:00' });
    expect(parsed.startsAt).toBe('2025-03-03T12:00:00.000Z');
  });

  it('labels every status in Dutch', () => {
    expect(CalendarEventStatus.options.map((s) => calendarEventStatusLabels[s])).toEqual([
      'Gepland',
      'Gaat niet door',
    ]);
  });
});

describe('CalendarOptions validation', () => {
  it.each([
    ['an empty name', { name: '' }],
    ['a refresh interval under a quarter', { name: 'x', refreshIntervalMinutes: 5 }],
    ['a PRODID with a line break', { name: 'x', prodId: '//a//b\r\nX//NL' }],
    ['a PRODID without a language', { name: 'x', prodId: '//a//b' }],
    ['an unknown option', { name: 'x', method: 'PUBLISH' }],
  ])('refuses %s', (_label, input) => {
    expect(CalendarOptions.safeParse(input).success).toBe(false);
  });
});

describe('renderCalendar hardening', () => {
  it('keeps injected line breaks inside the text value', () => {
    const ics = renderCalendar(
      [{ ...valid, title: 'Titel\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil@x.nl' }],
      { name: 'Naam\r\nX-INJECT:1' },
    );
    expect(ics.match(/^BEGIN:VEVENT$/gm)).toHaveLength(1);
    expect(ics).not.toMatch(/^UID:evil/m);
    expect(ics).not.toMatch(/^X-INJECT/m);
  });

  it('drops control characters that are not allowed in ICS text', () => {
    const ics = renderCalendar([{ ...valid, title: 'Jam\u0007sessie\u0000' }], options);
    expect(ics).toContain('SUMMARY:Jamsessie\r\n');
  });

  it.each([
    ['the first', '2025-10-26T00:30:00.000Z', 'DTSTART:20251026T003000Z'],
    ['the second', '2025-10-26T01:30:00.000Z', 'DTSTART:20251026T013000Z'],
  ])('writes an event at %s 02:30 of the autumn change in UTC', (_which, startsAt, line) => {
    // 2025-10-26 02:00-03:00 happens twice in Amsterdam: a local time cannot say which.
    const ics = renderCalendar(
      [{ ...valid, startsAt, endsAt: new Date(Date.parse(startsAt) + 3_600_000).toISOString() }],
      options,
    );
    expect(ics).toContain(line);
    expect(ics).not.toContain('BEGIN:VTIMEZONE');
  });

  it('keeps local time for an event just before the repeated hour', () => {
    const ics = renderCalendar(
      [{ ...valid, startsAt: '2025-10-25T23:00:00.000Z', endsAt: '2025-10-25T23:59:00.000Z' }],
      options,
    );
    expect(ics).toContain('DTSTART;TZID=Europe/Amsterdam:20251026T010000');
  });
});

describe('CalendarEvent page URL', () => {
  it('accepts a local plain-http page, so a local installation links to itself', () => {
    const event = {
      uid: 'a@jamsessie.radicalevernieuwing.nl',
      startsAt: '2025-03-03T12:00:00.000Z',
      endsAt: '2025-03-03T13:00:00.000Z',
      title: 'Jamsessie',
      description: '',
      url: 'http://localhost:3000/agenda/jamsessie-3-maart-2025',
      categories: [],
      sequence: 0,
      status: 'planned',
    };
    expect(CalendarEvent.safeParse(event).success).toBe(true);
  });
});
