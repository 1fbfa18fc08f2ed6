import { err, type Session, type SessionKind, type SessionStatus } from '@jamsessie/domain';
import { sql } from 'kysely';
import type { SessionRow } from '../schema.js';
import {
  dbNow,
  duplicate,
  missingOrStale,
  slugTakenByAnother,
  nextVersion,
  notFound,
  type Executor,
  type Unversioned,
  type WriteResult,
} from './repository.helpers.js';

/** A `session` row with its theme and movement ids aggregated in order. */
export type SessionWithLinks = SessionRow & { theme_ids: string[]; movement_ids: string[] };

/** Maps a `session` row (with aggregated ids) to the domain's Session (with its PRIVATE link). */
export function sessionFromRow(row: SessionWithLinks): Session {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind as SessionKind,
    seriesId: row.series_id,
    programmeItemId: row.programme_item_id,
    title: row.title,
    description: row.description,
    themeIds: row.theme_ids,
    movementIds: row.movement_ids,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    online: row.online,
    location: row.location,
    status: row.status as SessionStatus,
    cancellationReason: row.cancellation_reason,
    meetingLink: row.meeting_link,
    sequence: row.sequence,
    version: row.version,
  };
}

/** The theme ids of session `s`, in order: one correlated subquery, no N+1. */
export const sessionThemeIds = sql<
  string[]
>`coalesce((select json_agg(st.theme_id order by st.position, st.theme_id)
  from session_theme st where st.session_id = s.id), '[]')`;

/** The movement ids of session `s`. */
export const sessionMovementIds = sql<
  string[]
>`coalesce((select json_agg(sm.movement_id order by sm.movement_id)
  from session_movement sm where sm.session_id = s.id), '[]')`;

function selectSessions(db: Executor) {
  return db
    .selectFrom('session as s')
    .selectAll('s')
    .select([sessionThemeIds.as('theme_ids'), sessionMovementIds.as('movement_ids')]);
}

function columnsOf(s: Unversioned<Session>) {
  return {
    slug: s.slug,
    kind: s.kind,
    series_id: s.seriesId,
    programme_item_id: s.programmeItemId,
    title: s.title,
    description: s.description,
    starts_at: s.startsAt,
    ends_at: s.endsAt,
    online: s.online,
    location: s.location,
    status: s.status,
    cancellation_reason: s.cancellationReason,
    meeting_link: s.meetingLink,
    sequence: s.sequence,
  };
}

async function writeLinks(db: Executor, s: Unversioned<Session>) {
  await db.deleteFrom('session_theme').where('session_id', '=', s.id).execute();
  await db.deleteFrom('session_movement').where('session_id', '=', s.id).execute();
  const themeIds = [...new Set(s.themeIds)];
  if (themeIds.length > 0) {
    await db
      .insertInto('session_theme')
      .values(themeIds.map((theme_id, position) => ({ session_id: s.id, theme_id, position })))
      .execute();
  }
  const movementIds = [...new Set(s.movementIds)];
  if (movementIds.length > 0) {
    await db
      .insertInto('session_movement')
      .values(movementIds.map((movement_id) => ({ session_id: s.id, movement_id })))
      .execute();
  }
}

/**
 * Stores a new session with its themes and movements at version 1; `CONFLICT.DUPLICATE` when
 * its id, slug or programme item is taken. Use a transaction to keep the join rows in step.
 */
export async function insertSession(
  db: Executor,
  session: Unversioned<Session>,
): Promise<WriteResult<Session>> {
  const row = await db
    .insertInto('session')
    .values({ id: session.id, ...columnsOf(session) })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row) return duplicate('SESSION', session.slug);
  await writeLinks(db, session);
  return { ok: true, value: { ...session, version: 1 } };
}

/**
 * Saves a changed session (e.g. the result of `cancelSession`); `session.version` is the
 * version the change was based on. `CONFLICT.STALE_VERSION` when someone saved in between,
 * `SESSION.NOT_FOUND`, or `CONFLICT.DUPLICATE` for a taken slug.
 */
export async function updateSession(db: Executor, session: Session): Promise<WriteResult<Session>> {
  if (await slugTakenByAnother(db, 'session', session.slug, session.id))
    return duplicate('SESSION', session.slug);
  const before = await db
    .selectFrom('session')
    .select('slug')
    .where('id', '=', session.id)
    .executeTakeFirst();
  const row = await db
    .updateTable('session')
    .set({ ...columnsOf(session), version: nextVersion, updated_at: dbNow })
    .where('id', '=', session.id)
    .where('version', '=', session.version)
    .returning('version')
    .executeTakeFirst();
  if (!row) return missingOrStale(db, 'session', 'SESSION', session.id, session.version);
  if (before && before.slug !== session.slug) await keepFormerSlug(db, session.id, before.slug);
  await writeLinks(db, session);
  return { ok: true, value: { ...session, version: row.version } };
}

/**
 * Remembers a session's former slug so its old address keeps leading to it; the new slug stops
 * being anyone's former slug (a session's own slug always wins).
 */
async function keepFormerSlug(db: Executor, sessionId: string, former: string): Promise<void> {
  await db
    .insertInto('session_former_slug')
    .values({ slug: former, session_id: sessionId })
    .onConflict((oc) =>
      oc.column('slug').doUpdateSet({ session_id: sessionId, recorded_at: dbNow }),
    )
    .execute();
}

/** Whether `slug` is free for this session: no other session has it as its own slug. */
export async function isSessionSlugFree(
  db: Executor,
  slug: string,
  sessionId: string,
): Promise<boolean> {
  return !(await slugTakenByAnother(db, 'session', slug, sessionId));
}

/** The session with this id (with its PRIVATE link override), or undefined. */
export async function findSessionById(db: Executor, id: string): Promise<Session | undefined> {
  const row = await selectSessions(db).where('s.id', '=', id).executeTakeFirst();
  return row && sessionFromRow(row);
}

/**
 * The session with this slug (with its PRIVATE link override), or the session that had it
 * before it moved (its `slug` is then the new one: callers redirect), or undefined.
 */
export async function findSessionBySlug(db: Executor, slug: string): Promise<Session | undefined> {
  const row =
    (await selectSessions(db).where('s.slug', '=', slug).executeTakeFirst()) ??
    (await selectSessions(db)
      .where('s.id', '=', (eb) =>
        eb.selectFrom('session_former_slug').select('session_id').where('slug', '=', slug),
      )
      .executeTakeFirst());
  return row && sessionFromRow(row);
}

/** The sessions of a series in time order (for planning and the admin). */
export async function listSessionsOfSeries(db: Executor, seriesId: string): Promise<Session[]> {
  const rows = await selectSessions(db)
    .where('s.series_id', '=', seriesId)
    .orderBy('s.starts_at')
    .orderBy('s.id')
    .execute();
  return rows.map(sessionFromRow);
}

/** The session shown in the agenda for a programme item of the week, or undefined. */
export async function findSessionOfProgrammeItem(
  db: Executor,
  programmeItemId: string,
): Promise<Session | undefined> {
  const row = await selectSessions(db)
    .where('s.programme_item_id', '=', programmeItemId)
    .executeTakeFirst();
  return row && sessionFromRow(row);
}

/**
 * Deletes a session with its themes, dilemmas, attendance and run. Refuses with
 * `SESSION.HAS_REPORT` when a report was written about it (reports are kept), and
 * `SESSION.NOT_FOUND` when it does not exist.
 */
export async function deleteSession(db: Executor, id: string): Promise<WriteResult<true>> {
  const report = await db
    .selectFrom('report')
    .select('id')
    .where('session_id', '=', id)
    .executeTakeFirst();
  if (report)
    return err(
      'SESSION.HAS_REPORT',
      'Over deze sessie is een verslag geschreven: zeg haar liever af (gaat niet door).',
      { id },
    );
  const result = await db.deleteFrom('session').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n ? { ok: true, value: true } : notFound('SESSION', id);
}

/**
 * The session slugs that start with `base` (the base itself and `base-2`, `base-3`, …), for
 * `uniqueSlug` when a new session gets a readable slug.
 *
 * @example uniqueSlug(base, await takenSessionSlugs(tx, base))
 */
export async function takenSessionSlugs(db: Executor, base: string): Promise<string[]> {
  const rows = await db
    .selectFrom('session')
    .select('slug')
    .where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)]))
    .execute();
  return rows.map((row) => row.slug);
}
