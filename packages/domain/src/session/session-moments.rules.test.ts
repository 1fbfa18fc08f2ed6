import { describe, expect, it } from 'vitest';
import {
  hasSessionBegun,
  isReportPublic,
  mayDraftReport,
  mayPublishReport,
  mayRecordAttendance,
  mayStartRun,
  runOpensAt,
} from './session-moments.rules.js';

// 7 December 2026, 13:00 in Amsterdam (winter time, UTC+1).
const session = { status: 'planned' as const, startsAt: '2026-12-07T12:00:00.000Z' };
const cancelled = { ...session, status: 'cancelled' as const };
const morning = '2026-12-07T06:09:00.000Z'; // 07:09, the report of the defect
const halfPastTwelve = '2026-12-07T11:30:00.000Z';
const justBefore = '2026-12-07T11:29:59.000Z';
const start = '2026-12-07T12:00:00.000Z';

describe('the moments around a session', () => {
  it('has begun from its start on, not a second before', () => {
    expect(hasSessionBegun(session, '2026-12-07T11:59:59.000Z')).toBe(false);
    expect(hasSessionBegun(session, start)).toBe(true);
  });

  it('lets the live run start from half an hour before the start', () => {
    expect(runOpensAt(session)).toBe(halfPastTwelve);
    expect(mayStartRun(session, halfPastTwelve).ok).toBe(true);
    const early = mayStartRun(session, justBefore);
    expect(early.ok).toBe(false);
    if (!early.ok) {
      expect(early.error.code).toBe('PROTOCOL.TOO_EARLY');
      expect(early.error.message).toBe(
        'De sessie kan pas vanaf 12:30 starten, een half uur voor het begin om 13:00.',
      );
    }
    expect(mayStartRun(cancelled, start)).toMatchObject({
      ok: false,
      error: { code: 'SESSION.CANCELLED' },
    });
  });

  it('opens attendance at the run start, or at the session start without a run', () => {
    const refused = mayRecordAttendance(session, null, halfPastTwelve);
    expect(refused).toMatchObject({ ok: false, error: { code: 'ATTENDANCE.TOO_EARLY' } });
    expect(mayRecordAttendance(session, { startedAt: null }, halfPastTwelve).ok).toBe(false);
    expect(mayRecordAttendance(session, { startedAt: halfPastTwelve }, halfPastTwelve).ok).toBe(
      true,
    );
    expect(mayRecordAttendance(session, null, start).ok).toBe(true);
    expect(mayRecordAttendance(cancelled, { startedAt: halfPastTwelve }, start).ok).toBe(false);
  });

  it('lets a report be drafted once the run started, and published once the session began', () => {
    expect(mayDraftReport(session, null)).toMatchObject({
      ok: false,
      error: { code: 'REPORT.NOTHING_DISCUSSED' },
    });
    expect(mayDraftReport(session, { startedAt: null }).ok).toBe(false);
    expect(mayDraftReport(session, { startedAt: halfPastTwelve }).ok).toBe(true);
    const early = mayPublishReport(session, morning);
    expect(early).toMatchObject({ ok: false, error: { code: 'REPORT.TOO_EARLY' } });
    if (!early.ok) expect(early.error.message).toContain('om 13:00');
    expect(mayPublishReport(session, start).ok).toBe(true);
  });

  it('offers a report to the public only when published and the session has begun', () => {
    expect(isReportPublic(session, { status: 'published' }, morning)).toBe(false);
    expect(isReportPublic(session, { status: 'draft' }, start)).toBe(false);
    expect(isReportPublic(session, null, start)).toBe(false);
    expect(isReportPublic(session, { status: 'published' }, start)).toBe(true);
  });

  it('follows every possible order of the moments consistently', () => {
    // Whatever may be published may be drafted and recorded: no screen offers a later step
    // while refusing an earlier one.
    const run = { startedAt: halfPastTwelve };
    for (const now of [morning, justBefore, halfPastTwelve, start, '2026-12-07T13:00:00.000Z']) {
      const runMayStart = mayStartRun(session, now).ok;
      const startedRun = runMayStart ? run : null;
      if (mayPublishReport(session, now).ok) {
        expect(mayRecordAttendance(session, null, now).ok).toBe(true);
      }
      if (mayDraftReport(session, startedRun).ok) {
        expect(mayRecordAttendance(session, startedRun, now).ok).toBe(true);
      }
    }
  });
});
