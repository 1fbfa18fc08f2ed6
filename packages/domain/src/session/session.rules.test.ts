import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HttpsUrl, REDACTED_LINK } from '../shared/index.js';
import { PublicSession, Session } from './session.schema.js';
import {
  checkSessionTimes,
  cancelSession,
  effectiveMeetingLink,
  markHeld,
  rescheduleSession,
  sessionFromPlannedDate,
  sessionSlug,
  sessionSlugAfterMove,
  toPublicSession,
} from './session.rules.js';

const SERIES_LINK = 'https://zoom.example.nl/j/987654321?pwd=reeks';

const session: Session = Session.parse({
  id: '00000000-0000-4000-8000-000000000101',
  slug: 'jamsessie-3-maart-2025',
  kind: 'jam_session',
  seriesId: '00000000-0000-4000-8000-000000000001',
  programmeItemId: null,
  title: 'Jamsessie: Open deuren',
  description: `Een uur sparren. Link: ${SERIES_LINK}`,
  themeIds: ['00000000-0000-4000-8000-0000000000a1'],
  movementIds: [],
  startsAt: '2025-03-03T12:00:00.000Z',
  endsAt: '2025-03-03T13:00:00.000Z',
  online: true,
  location: null,
  status: 'planned',
  cancellationReason: null,
  meetingLink: null,
  sequence: 0,
  version: 1,
});

const BEFORE = '2025-03-01T09:00:00.000Z';
const DURING = '2025-03-03T12:30:00.000Z';
const AFTER = '2025-03-03T14:00:00.000Z';

describe('toPublicSession', () => {
  it('drops the link field and redacts the link from text', () => {
    const pub = toPublicSession(session, { seriesLink: SERIES_LINK });
    expect(pub).not.toHaveProperty('meetingLink');
    expect(pub.description).toBe(`Een uur sparren. Link: ${REDACTED_LINK}`);
    expect(pub.linkOnRequest).toBe(true);
    expect(PublicSession.parse(pub)).toEqual(pub);
  });
  it('redacts the link without scheme and in other letter case', () => {
    const s = {
      ...session,
      title: 'Zie ZOOM.example.nl/J/987654321?PWD=reeks',
      location: `online (${SERIES_LINK})`,
    };
    const json = JSON.stringify(toPublicSession(s, { seriesLink: SERIES_LINK })).toLowerCase();
    expect(json).not.toContain('zoom.example.nl/j/987654321');
  });
  it('says no link can be requested for an offline session or without any link', () => {
    expect(
      toPublicSession({ ...session, online: false }, { seriesLink: SERIES_LINK }).linkOnRequest,
    ).toBe(false);
    expect(toPublicSession(session, { seriesLink: null }).linkOnRequest).toBe(false);
  });
  it('never leaks a link, for arbitrary sessions and links (property)', () => {
    const link = fc
      .webUrl({ validSchemes: ['https'], withQueryParameters: true, withFragments: true })
      .filter((u) => HttpsUrl.safeParse(u).success);
    const text = fc.string({ maxLength: 40 });
    const withLinks = (l1: string, l2: string) =>
      fc
        .tuple(text, fc.constantFrom(l1, l2, l1.toUpperCase(), l2.replace(/^https:\/\//, '')), text)
        .map(([a, l, b]) => `${a}${l}${b}`);
    fc.assert(
      fc.property(link, link, fc.boolean(), fc.boolean(), (own, series, online, hasOwn) =>
        fc.assert(
          fc.property(
            withLinks(own, series),
            withLinks(own, series),
            withLinks(own, series),
            withLinks(series, own),
            (title, description, location, reason) => {
              const s: Session = {
                ...session,
                title,
                description,
                location,
                cancellationReason: reason,
                online,
                meetingLink: hasOwn ? own : null,
              };
              const json = JSON.stringify(toPublicSession(s, { seriesLink: series })).toLowerCase();
              for (const l of hasOwn ? [own, series] : [series]) {
                expect(json).not.toContain(l.toLowerCase());
                expect(json).not.toContain(l.toLowerCase().replace(/^https:\/\//, ''));
              }
            },
          ),
          { numRuns: 5 },
        ),
      ),
      { numRuns: 60 },
    );
  });
});

describe('cancelSession', () => {
  it('cancels with a reason and bumps sequence and version', () => {
    const r = cancelSession(session, '  Te weinig aanmeldingen ', BEFORE);
    expect(r).toEqual({
      ok: true,
      value: {
        ...session,
        status: 'cancelled',
        cancellationReason: 'Te weinig aanmeldingen',
        sequence: 1,
        version: 2,
      },
    });
  });
  it('refuses a held, a cancelled and an ended session, and an empty reason', () => {
    const code = (r: { ok: boolean; error?: { code: string } }) => r.error?.code;
    expect(code(cancelSession({ ...session, status: 'held' }, 'x', BEFORE))).toBe(
      'SESSION.ALREADY_HELD',
    );
    expect(code(cancelSession({ ...session, status: 'cancelled' }, 'x', BEFORE))).toBe(
      'SESSION.ALREADY_CANCELLED',
    );
    expect(code(cancelSession(session, 'x', AFTER))).toBe('SESSION.ALREADY_ENDED');
    expect(code(cancelSession(session, '   ', BEFORE))).toBe('SESSION.REASON_REQUIRED');
  });
});

describe('markHeld', () => {
  it('marks a started session as held, bumping only the version', () => {
    const r = markHeld(session, DURING);
    expect(r).toEqual({ ok: true, value: { ...session, status: 'held', version: 2 } });
  });
  it('refuses before the start and for cancelled or held sessions', () => {
    expect(markHeld(session, BEFORE)).toMatchObject({
      ok: false,
      error: { code: 'SESSION.NOT_STARTED' },
    });
    expect(markHeld({ ...session, status: 'cancelled' }, AFTER)).toMatchObject({
      ok: false,
      error: { code: 'SESSION.CANCELLED' },
    });
    expect(markHeld({ ...session, status: 'held' }, AFTER)).toMatchObject({
      ok: false,
      error: { code: 'SESSION.ALREADY_HELD' },
    });
  });
});

describe('rescheduleSession', () => {
  const times = { startsAt: '2025-03-10T12:00:00.000Z', endsAt: '2025-03-10T13:00:00.000Z' };
  it('moves the session and bumps sequence and version', () => {
    expect(rescheduleSession(session, times, BEFORE)).toEqual({
      ok: true,
      value: { ...session, ...times, slug: 'jamsessie-10-maart-2025', sequence: 1, version: 2 },
    });
  });
  it('gives a moved session the slug of its new date, and keeps a slug of its own', () => {
    const custom = { ...session, slug: 'lente-jam' };
    expect(rescheduleSession(custom, times, BEFORE)).toMatchObject({
      value: { slug: 'lente-jam' },
    });
    const sameDay = { startsAt: '2025-03-03T14:00:00.000Z', endsAt: '2025-03-03T15:00:00.000Z' };
    expect(rescheduleSession(session, sameDay, BEFORE)).toMatchObject({
      value: { slug: 'jamsessie-3-maart-2025' },
    });
  });
  it('moves the date in a slug across daylight saving (the Amsterdam date counts)', () => {
    // 23:30 UTC on 28 March is 00:30 on 29 March in Amsterdam (CET+1).
    expect(
      sessionSlugAfterMove('jamsessie-3-maart-2025', session.startsAt, '2025-03-29T23:30:00.000Z'),
    ).toBe('jamsessie-30-maart-2025');
    expect(sessionSlugAfterMove('week-3-maart-2025-lezing', session.startsAt, BEFORE)).toBe(
      'week-3-maart-2025-lezing',
    );
  });
  it('leaves unchanged times alone', () => {
    const same = { startsAt: session.startsAt, endsAt: session.endsAt };
    expect(rescheduleSession(session, same, BEFORE)).toEqual({ ok: true, value: session });
  });
  it('refuses bad times, the past, and held or cancelled sessions', () => {
    expect(
      rescheduleSession(session, { startsAt: times.endsAt, endsAt: times.startsAt }, BEFORE),
    ).toMatchObject({
      error: { code: 'SESSION.INVALID_TIMES' },
    });
    expect(rescheduleSession(session, times, '2025-03-11T00:00:00.000Z')).toMatchObject({
      error: { code: 'SESSION.IN_PAST' },
    });
    expect(rescheduleSession({ ...session, status: 'held' }, times, BEFORE)).toMatchObject({
      error: { code: 'SESSION.ALREADY_HELD' },
    });
    expect(rescheduleSession({ ...session, status: 'cancelled' }, times, BEFORE)).toMatchObject({
      error: { code: 'SESSION.CANCELLED' },
    });
  });
});

describe('helpers', () => {
  it('picks the session link over the series link', () => {
    expect(effectiveMeetingLink({ meetingLink: null }, SERIES_LINK)).toBe(SERIES_LINK);
    expect(effectiveMeetingLink({ meetingLink: 'https://eigen.example.nl/x' }, SERIES_LINK)).toBe(
      'https://eigen.example.nl/x',
    );
  });
  it('builds a slug from the Amsterdam date', () => {
    expect(sessionSlug('Jamsessie', '2025-03-02T23:30:00.000Z')).toBe('jamsessie-3-maart-2025');
  });
  it('builds a valid planned session from a planned date', () => {
    const built = sessionFromPlannedDate(
      { id: session.seriesId ?? '', title: 'Jamsessies VVLG', description: 'Een uur sparren.' },
      {
        date: '2025-04-07',
        startsAt: '2025-04-07T11:00:00.000Z',
        endsAt: '2025-04-07T12:00:00.000Z',
        themeId: null,
        themeLabel: 'Thuis',
        flags: [],
      },
      { id: '00000000-0000-4000-8000-000000000102', movementIds: [] },
    );
    expect(Session.parse(built)).toEqual(built);
    expect(built).toMatchObject({
      slug: 'jamsessie-7-april-2025',
      title: 'Jamsessie: Thuis',
      status: 'planned',
      sequence: 0,
      meetingLink: null,
    });
  });
});

describe('checkSessionTimes', () => {
  const start = '2025-03-03T12:00:00.000Z';
  it('accepts an hour', () => {
    expect(checkSessionTimes({ startsAt: start, endsAt: '2025-03-03T13:00:00.000Z' }).ok).toBe(
      true,
    );
  });
  it('accepts exactly a day and refuses a minute more', () => {
    expect(checkSessionTimes({ startsAt: start, endsAt: '2025-03-04T12:00:00.000Z' }).ok).toBe(
      true,
    );
    const tooLong = checkSessionTimes({ startsAt: start, endsAt: '2025-03-04T12:01:00.000Z' });
    expect(tooLong.ok).toBe(false);
    if (!tooLong.ok) expect(tooLong.error.message).toBe('Een sessie duurt hoogstens een dag.');
  });
  it('refuses an end at or before the start', () => {
    const r = checkSessionTimes({ startsAt: start, endsAt: start });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('SESSION.INVALID_TIMES');
  });
});
