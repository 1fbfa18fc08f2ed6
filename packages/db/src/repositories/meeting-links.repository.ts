import { sql } from 'kysely';
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

/**
 * Every current meeting link of every series and session, in ONE query: what the public
 * filter is compiled from (a series' link pasted into a theme description must go too).
 * PRIVATE: for redaction only, never for output.
 *
 * @example const filter = compileMeetingLinkFilter(await listAllMeetingLinks(db));
 */
export async function listAllMeetingLinks(db: Executor): Promise<string[]> {
  const rows = await db
    .selectFrom('series')
    .select('meeting_link as link')
    .where('meeting_link', 'is not', null)
    .union(
      db.selectFrom('session').select('meeting_link as link').where('meeting_link', 'is not', null),
    )
    .execute();
  return rows.flatMap((row) => (row.link ? [row.link] : []));
}

/**
 * A short text that changes whenever a meeting link may have changed: the data-version
 * counters of `series` and `session` (raised by triggers at every committed change, see
 * migration 2026_11_23_200100). One tiny query, so a cached filter can be checked per request.
 *
 * @example if ((await readMeetingLinksVersion(db)) !== cached.version) recompile();
 */
export async function readMeetingLinksVersion(db: Executor): Promise<string> {
  const rows = await db
    .selectFrom('data_version')
    .select(['table_name', sql<string>`version::text`.as('version')])
    .where('table_name', 'in', ['series', 'session'])
    .orderBy('table_name')
    .execute();
  return rows.map((row) => `${row.table_name}:${row.version}`).join('|');
}
