import { sql } from 'kysely';
import type { Executor } from './repository.helpers.js';

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
