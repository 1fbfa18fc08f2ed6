import { describe, expect, it } from 'vitest';
import { renderCalendar } from '../calendar/calendar.render.js';
import { sessionToCalendarEvent } from '../calendar/session-event.rules.js';
import { Session } from './session.schema.js';
import {
  changesCalendar,
  hasSessionEnded,
  isOpenForDilemmas,
  nextSessionOfSeries,
} from './session-state.rules.js';
import { toPublicSession } from './session.rules.js';

const session: Session = Session.parse({
  id: '00000000-0000-4000-8000-000000000101',
  slug: 'jamsessie-5-maart-2029',
  kind: 'jam_session',
  seriesId: '00000000-0000-4000-8000-000000000001',
  programmeItemId: null,
  title: 'Jamsessie: Open deuren',
  description: 'Een uur sparren.',
  themeIds: ['00000000-0000-4000-8000-0000000000a1'],
  movementIds: [],
  startsAt: '2029-03-05T12:00:00.000Z',
  endsAt: '2029-03-05T13:00:00.000Z',
  online: true,
  location: null,
  status: 'planned',
  cancellationReason: null,
  meetingLink: null,
  sequence: 0,
  version: 1,
});

describe('hasSessionEnded', () => {
  it('is false before the end and true from the end on', () => {
    expect(hasSessionEnded(session, '2029-03-05T12:30:00.000Z')).toBe(false);
    expect(hasSessionEnded(session, '2029-03-05T12:59:59.999Z')).toBe(false);
    expect(hasSessionEnded(session, '2029-03-05T13:00:00.000Z')).toBe(true);
    expect(hasSessionEnded(session, '2029-03-06T09:00:00.000Z')).toBe(true);
  });
});

describe('isOpenForDilemmas', () => {
  it('is open until the end of a session that goes ahead', () => {
    expect(isOpenForDilemmas(session, '2029-03-01T09:00:00.000Z')).toBe(true);
    expect(isOpenForDilemmas(session, '2029-03-05T12:30:00.000Z')).toBe(true);
    expect(isOpenForDilemmas(session, '2029-03-05T13:00:00.000Z')).toBe(false);
  });

  it('is closed for a cancelled session', () => {
    expect(isOpenForDilemmas({ ...session, status: 'cancelled' }, '2029-03-01T09:00:00.000Z')).toBe(
      false,
    );
  });
});

describe('changesCalendar', () => {
  const context = {
    baseUrl: 'https://jamsessie.example',
    themeLabels: new Map([
      ['00000000-0000-4000-8000-0000000000a1', 'Open deuren'],
      ['00000000-0000-4000-8000-0000000000a2', 'Thuis'],
    ]),
  };
  const ics = (s: Session) =>
    renderCalendar([sessionToCalendarEvent(toPublicSession(s, { seriesLink: null }), context)], {
      name: 'Test',
    });

  const calendarEdits: Array<Partial<Session>> = [
    { startsAt: '2029-03-05T11:00:00.000Z' },
    { endsAt: '2029-03-05T14:00:00.000Z' },
    { title: 'Jamsessie: Vrijheid thuis' },
    { description: 'Anders.' },
    { location: 'Utrecht' },
    { online: false, location: 'Utrecht' },
    { status: 'cancelled' },
    { status: 'cancelled', cancellationReason: 'Te weinig aanmeldingen' },
    { slug: 'jamsessie-6-maart-2029' },
    { themeIds: ['00000000-0000-4000-8000-0000000000a2'] },
    // Not the link itself, but "ask for the link" appears in the text.
    { meetingLink: 'https://zoom.example/j/123' },
  ];

  it('is true for every edit that changes the calendar file', () => {
    for (const edit of calendarEdits) {
      const after = { ...session, ...edit };
      expect(ics(after), JSON.stringify(edit)).not.toBe(ics(session));
      expect(changesCalendar(session, after), JSON.stringify(edit)).toBe(true);
    }
  });

  it('is false for an edit the calendar file does not show', () => {
    const linked = { ...session, meetingLink: 'https://zoom.example/j/123' };
    const edits: Array<Partial<Session>> = [
      { meetingLink: 'https://zoom.example/j/456' },
      { version: 2 },
      { movementIds: ['00000000-0000-4000-8000-0000000000b1'] },
    ];
    for (const edit of edits) {
      const after = { ...linked, ...edit };
      expect(ics(after), JSON.stringify(edit)).toBe(ics(linked));
      expect(changesCalendar(linked, after), JSON.stringify(edit)).toBe(false);
    }
  });
});

describe('nextSessionOfSeries', () => {
  const at = (
    startsAt: string,
    status: Session['status'] = 'planned',
    seriesId = session.seriesId,
  ) => ({
    seriesId,
    startsAt,
    status,
  });
  const march = at('2025-03-03T12:00:00.000Z', 'held');

  it('gives the first later session of the same series that goes ahead', () => {
    const sessions = [
      at('2025-05-05T11:00:00.000Z'),
      at('2025-04-07T11:00:00.000Z', 'cancelled'),
      at('2025-04-10T11:00:00.000Z', 'planned', '00000000-0000-4000-8000-000000000999'),
      march,
      at('2025-04-14T11:00:00.000Z'),
      at('2025-02-03T12:00:00.000Z', 'held'),
    ];
    expect(nextSessionOfSeries(sessions, march)?.startsAt).toBe('2025-04-14T11:00:00.000Z');
  });

  it('gives null for the last session and for a session outside a series', () => {
    expect(nextSessionOfSeries([march], march)).toBeNull();
    expect(nextSessionOfSeries([march], { ...march, seriesId: null })).toBeNull();
  });
});
