import ICAL from 'ical.js';
import nodeIcal, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { calendarUid } from './calendar-uid.rules.js';
import { renderCalendar } from './calendar.render.js';
import type { CalendarEvent } from './calendar.schema.js';

const MARCH_ID = '8f7c3b1e-2d4a-4c6b-9e1f-0a2b3c4d5e6f';
const APRIL_ID = '1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d';

function event(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    uid: calendarUid(MARCH_ID),
    startsAt: '2025-03-03T12:00:00.000Z',
    endsAt: '2025-03-03T13:00:00.000Z',
    title: 'Jamsessie Open deuren',
    description: 'Een uur sparren over open deuren.',
    url: 'https://radicalevernieuwing.nl/agenda/jamsessie-3-maart-2025',
    categories: ['Open deuren'],
    sequence: 0,
    status: 'planned',
    ...overrides,
  };
}

const march = event();
const april = event({
  uid: calendarUid(APRIL_ID),
  startsAt: '2025-04-07T11:00:00.000Z',
  endsAt: '2025-04-07T12:00:00.000Z',
  title: 'Jamsessie Vrijheid en veiligheid thuis',
  url: 'https://radicalevernieuwing.nl/agenda/jamsessie-7-april-2025',
  categories: ['Vrijheid en veiligheid thuis', 'Zorgzame gemeenschappen'],
  sequence: 3,
  status: 'cancelled',
  location: 'Online',
  lastModified: '2025-03-24T09:30:00.000Z',
});
const options = { name: 'Jamsessies Radicale vernieuwing' };

type Parsed = {
  uid: string;
  startsAt: string;
  endsAt: string;
  summary: string;
  description: string | null;
  categories: string[];
  url: string | null;
  status: string | null;
  sequence: number;
  location: string | null;
  tzid: string | null;
};

/** Reads events the way Thunderbird does (ical.js resolves TZID from the file's VTIMEZONE). */
function parseWithIcalJs(ics: string): Parsed[] {
  const calendar = ICAL.Component.fromString(ics);
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const ev = new ICAL.Event(component);
    const text = (name: string) => {
      const value = component.getFirstPropertyValue(name);
      return value === null ? null : String(value);
    };
    return {
      uid: ev.uid,
      startsAt: new Date(ev.startDate.toUnixTime() * 1000).toISOString(),
      endsAt: new Date(ev.endDate.toUnixTime() * 1000).toISOString(),
      summary: ev.summary,
      description: text('description'),
      categories: component
        .getAllProperties('categories')
        .flatMap((property) => property.getValues().map(String)),
      url: text('url'),
      status: text('status'),
      sequence: ev.sequence,
      location: text('location'),
      tzid: ev.startDate.zone?.tzid ?? null,
    };
  });
}

function value(raw: unknown): string | null {
  if (raw === undefined || raw === null) return null;
  if (typeof raw === 'object' && 'val' in raw) return String(raw.val);
  return typeof raw === 'string' ? raw : JSON.stringify(raw);
}

/** Reads events with node-ical, a common Node parser with its own time-zone handling. */
function parseWithNodeIcal(ics: string): Parsed[] {
  return Object.values(nodeIcal.sync.parseICS(ics))
    .filter((c): c is VEvent => c?.type === 'VEVENT')
    .map((ev) => {
      return {
        uid: ev.uid,
        startsAt: ev.start.toISOString(),
        endsAt: ev.end?.toISOString() ?? '',
        summary: value(ev.summary) ?? '',
        description: value(ev.description),
        categories: ev.categories ?? [],
        url: value(ev.url),
        status: ev.status ?? null,
        sequence: Number(ev.sequence),
        location: value(ev.location),
        tzid: ev.start.tz ?? null,
      };
    });
}

const parsers = [
  ['ical.js', parseWithIcalJs],
  ['node-ical', parseWithNodeIcal],
] as const;

describe.each(parsers)('renderCalendar read back by %s', (_name, parse) => {
  const ics = renderCalendar([march, april], options);
  const [first, second] = parse(ics);

  it('keeps 13:00 Amsterdam at 12:00Z in winter and 11:00Z in summer', () => {
    expect(first?.startsAt).toBe('2025-03-03T12:00:00.000Z');
    expect(first?.endsAt).toBe('2025-03-03T13:00:00.000Z');
    expect(second?.startsAt).toBe('2025-04-07T11:00:00.000Z');
    expect(second?.endsAt).toBe('2025-04-07T12:00:00.000Z');
  });

  it('writes the times in the Europe/Amsterdam zone', () => {
    expect(first?.tzid).toBe('Europe/Amsterdam');
    expect(second?.tzid).toBe('Europe/Amsterdam');
  });

  it('carries UID, SEQUENCE, CATEGORIES, URL, LOCATION and the texts', () => {
    expect(first).toMatchObject({
      uid: `${MARCH_ID}@jamsessie.radicalevernieuwing.nl`,
      sequence: 0,
      summary: 'Jamsessie Open deuren',
      description: 'Een uur sparren over open deuren.',
      categories: ['Open deuren'],
      url: 'https://radicalevernieuwing.nl/agenda/jamsessie-3-maart-2025',
      location: null,
    });
    expect(second).toMatchObject({
      uid: `${APRIL_ID}@jamsessie.radicalevernieuwing.nl`,
      sequence: 3,
      categories: ['Vrijheid en veiligheid thuis', 'Zorgzame gemeenschappen'],
      location: 'Online',
    });
  });

  it('marks a planned session CONFIRMED and a cancelled one CANCELLED', () => {
    expect(first?.status).toBe('CONFIRMED');
    expect(second?.status).toBe('CANCELLED');
  });
});

describe('renderCalendar output', () => {
  const ics = renderCalendar([march, april], options);

  it('embeds a VTIMEZONE for Europe/Amsterdam with both STANDARD and DAYLIGHT rules', () => {
    const zones = ICAL.Component.fromString(ics).getAllSubcomponents('vtimezone');
    expect(zones).toHaveLength(1);
    const zone = zones[0];
    expect(zone?.getFirstPropertyValue('tzid')).toBe('Europe/Amsterdam');
    expect(zone?.getAllSubcomponents('standard')).toHaveLength(1);
    expect(zone?.getAllSubcomponents('daylight')).toHaveLength(1);
    expect(ics).toContain('DTSTART;TZID=Europe/Amsterdam:20250303T130000');
    expect(ics).toContain('DTSTART;TZID=Europe/Amsterdam:20250407T130000');
  });

  it('writes DTSTAMP and LAST-MODIFIED in UTC, as RFC 5545 requires', () => {
    expect(ics).toContain('DTSTAMP:20250303T120000Z');
    expect(ics).toContain('DTSTAMP:20250324T093000Z');
    expect(ics).toContain('LAST-MODIFIED:20250324T093000Z');
  });

  it('ends every line, the last one too, with CRLF', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('\r\nEND:VCALENDAR\r\n')).toBe(true);
    expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('renders the same bytes and UIDs again, whatever the order of the events', () => {
    const again = renderCalendar([april, march], options);
    expect(again).toBe(ics);
    expect(parseWithIcalJs(again).map((e) => e.uid)).toEqual(
      parseWithIcalJs(ics).map((e) => e.uid),
    );
  });

  it('keeps the UID when the session is renamed, moved or cancelled', () => {
    const changed = event({
      title: 'Jamsessie (verplaatst)',
      startsAt: '2025-03-10T12:00:00.000Z',
      endsAt: '2025-03-10T13:00:00.000Z',
      status: 'cancelled',
      sequence: 1,
    });
    const [before] = parseWithIcalJs(renderCalendar([march], options));
    const [after] = parseWithIcalJs(renderCalendar([changed], options));
    expect(after?.uid).toBe(before?.uid);
    expect(after?.sequence).toBe(1);
  });

  it('writes the calendar name, description, URL and refresh interval', () => {
    const withAll = renderCalendar([march], {
      name: 'Jamsessies; Radicale vernieuwing, 2025',
      description: 'Maandelijkse online Jamsessies',
      url: 'https://radicalevernieuwing.nl/agenda',
      refreshIntervalMinutes: 360,
      prodId: '//LOC Waardevolle zorg//Agenda//NL',
    });
    // X- properties are opaque to ical.js, so read the calendar-level texts with node-ical.
    const meta = nodeIcal.sync.parseICS(withAll).vcalendar;
    expect(meta?.['WR-CALNAME']).toBe('Jamsessies; Radicale vernieuwing, 2025');
    expect(meta?.['WR-CALDESC']).toBe('Maandelijkse online Jamsessies');
    const calendar = ICAL.Component.fromString(withAll);
    expect(withAll).toContain('NAME:Jamsessies\\; Radicale vernieuwing\\, 2025\r\n');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//LOC Waardevolle zorg//Agenda//NL');
    expect(withAll).toContain('URL:https://radicalevernieuwing.nl/agenda\r\n');
    expect(withAll).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT6H\r\n');
    expect(meta?.['WR-TIMEZONE']).toBe('Europe/Amsterdam');
  });

  it('renders an empty calendar that still parses', () => {
    const empty = renderCalendar([], options);
    expect(parseWithIcalJs(empty)).toEqual([]);
    expect(parseWithNodeIcal(empty)).toEqual([]);
  });
});

describe('line folding', () => {
  const long = event({
    title: 'Jamsessie “Vrijheid en veiligheid voor het levensgeluk van cliënten” — één uur',
    description:
      'Geïnventariseerde vragen: hoe gaan we om met weerstand van mantelzorgers, met ' +
      'bewoners die buiten het hek wandelen en met de publieke opinie in het dorp? ' +
      'Ideeën: één fiets voor het team, een zebrapad, looproutes met bankjes. ' +
      'Ook: café, reünie, coördinator, ruïne, naïef, überhaupt, enquête.\n' +
      'Tweede alinea; met puntkomma, komma’s en een tab\tnaar rechts. 🚲',
    location: 'Online via de vaste link (op aanvraag bij de coördinatoren)',
  });
  const ics = renderCalendar([long], options);
  const lines = ics.split('\r\n');

  it('keeps every line within 75 octets', () => {
    const lengths = lines.map(octets);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
  });

  it('never splits a character across lines', () => {
    // A UTF-16 string only splits a character by halving a surrogate pair; a multi-byte
    // UTF-8 sequence cannot be cut when each line is a well-formed string.
    const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    expect(ics).toContain('🚲');
    for (const line of lines) expect(line).not.toMatch(loneSurrogate);
  });

  it.each(parsers)('unfolds back to the exact Dutch text with %s', (_name, parse) => {
    const [read] = parse(ics);
    expect(read?.summary).toBe(long.title);
    expect(read?.description).toBe(long.description);
    expect(read?.location).toBe(long.location);
  });
});

/** UTF-8 length in octets, counted per code point (the domain has no Node or DOM globals). */
function octets(text: string): number {
  let n = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    n += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return n;
}
