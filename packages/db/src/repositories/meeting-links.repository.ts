import type { Executor } from './repository.helpers.js';

/**
 * The meeting links that public text about each session must never show: the session's own
 * override and its series' link (either may be null). One query for many sessions, so a list
 * of reports or a feed can redact every item without a query per item. PRIVATE: for
 * redaction (and the link e-mail), never for output.
 *
 * @example const links = await listMeetingLinksOfSessions(db, reports.map((r) => r.sessionId));
 * redactSecrets(report.intro, links.get(report.sessionId) ?? [])
 */
export async function listMeetingLinksOfSessions(
  db: Executor,
  sessionIds: readonly string[],
): Promise<Map<string, string[]>> {
  const ids = [...new Set(sessionIds)];
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('session as s')
    .leftJoin('series as r', 'r.id', 's.series_id')
    .select(['s.id', 's.meeting_link as session_link', 'r.meeting_link as series_link'])
    .where('s.id', 'in', ids)
    .execute();
  return new Map(
    rows.map((row) => [
      row.id,
      [row.session_link, row.series_link].filter((link): link is string => Boolean(link)),
    ]),
  );
}
