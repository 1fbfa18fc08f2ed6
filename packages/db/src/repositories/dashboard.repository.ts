import { sql } from 'kysely';
import type { Executor } from './repository.helpers.js';

/** A session's start and status, for counting per month. */
export type SessionPoint = { startsAt: string; status: string };

/** A dilemma's session start and that session's themes, for counting per theme and month. */
export type DilemmaPoint = { startsAt: string; themeIds: string[] };

/**
 * The start and status of every session starting in [from, to) (instants), for the
 * dashboard's per-month counts (grouped in Amsterdam time by the caller).
 */
export async function sessionPoints(
  db: Executor,
  from: string,
  to: string,
): Promise<SessionPoint[]> {
  const rows = await db
    .selectFrom('session')
    .select(['starts_at', 'status'])
    .where('starts_at', '>=', from)
    .where('starts_at', '<', to)
    .execute();
  return rows.map((row) => ({ startsAt: row.starts_at, status: row.status }));
}

/** Every dilemma of a session starting in [from, to), with that session's theme ids. */
export async function dilemmaPoints(
  db: Executor,
  from: string,
  to: string,
): Promise<DilemmaPoint[]> {
  const rows = await db
    .selectFrom('dilemma as d')
    .innerJoin('session as s', 's.id', 'd.session_id')
    .select([
      's.starts_at',
      sql<string[]>`coalesce((select json_agg(st.theme_id order by st.position)
        from session_theme st where st.session_id = s.id), '[]')`.as('theme_ids'),
    ])
    .where('s.starts_at', '>=', from)
    .where('s.starts_at', '<', to)
    .execute();
  return rows.map((row) => ({ startsAt: row.starts_at, themeIds: row.theme_ids }));
}
