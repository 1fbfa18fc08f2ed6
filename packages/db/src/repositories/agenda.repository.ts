import {
  MAX_SESSION_MINUTES,
  toPublicSession,
  type ProgrammeItemKind,
  type PublicSession,
  type SessionKind,
  type SessionStatus,
} from '@jamsessie/domain';
import type { Executor } from './repository.helpers.js';
import { sessionFromRow, sessionMovementIds, sessionThemeIds } from './session.repository.js';

/**
 * Which part of the agenda to read. `upcoming` = sessions that have not ended at `now`,
 * soonest first; `past` = sessions that ended, most recent first; `all` = both, in start
 * order (a whole year: pass `from`/`to`). `from`/`to` narrow by start instant
 * (inclusive/exclusive). Slugs filter by theme, movement and series; `programmeKind` keeps
 * only week items whose programme item is of that kind (e.g. the local programmes).
 */
export type AgendaQuery = {
  readonly now: string;
  readonly direction: 'upcoming' | 'past' | 'all';
  readonly from?: string;
  readonly to?: string;
  readonly themeSlug?: string;
  readonly movementSlug?: string;
  readonly seriesSlug?: string;
  readonly kind?: SessionKind;
  readonly programmeKind?: ProgrammeItemKind;
  readonly statuses?: readonly SessionStatus[];
};

/** A page of the agenda. */
export type AgendaPage = { readonly limit: number; readonly offset?: number };

/**
 * One agenda row, ready for the public: the domain's PublicSession (no meeting link, links
 * redacted from texts, `linkOnRequest` computed) plus the series it belongs to.
 */
export type AgendaEntry = PublicSession & {
  readonly seriesSlug: string | null;
  readonly seriesTitle: string | null;
};

/**
 * A session that has not ended at `now` started at most MAX_SESSION_MINUTES before it (the
 * domain's rule, a database check too). Saying so lets the `starts_at` index begin near now
 * instead of walking every past session: the agenda stays as fast at 100x the data.
 */
function earliestUnfinishedStart(now: string): string {
  return new Date(Date.parse(now) - MAX_SESSION_MINUTES * 60_000).toISOString();
}

function filtered(db: Executor, q: AgendaQuery) {
  let query = db.selectFrom('session as s').leftJoin('series as sr', 'sr.id', 's.series_id');
  if (q.direction === 'upcoming') {
    query = query
      .where('s.ends_at', '>', q.now)
      .where('s.starts_at', '>', earliestUnfinishedStart(q.now));
  }
  if (q.direction === 'past') {
    query = query.where('s.ends_at', '<=', q.now).where('s.starts_at', '<', q.now);
  }
  if (q.from !== undefined) query = query.where('s.starts_at', '>=', q.from);
  if (q.to !== undefined) query = query.where('s.starts_at', '<', q.to);
  if (q.kind !== undefined) query = query.where('s.kind', '=', q.kind);
  // `in ()` is invalid SQL: an empty status list is a list matching nothing.
  if (q.statuses !== undefined) query = query.where('s.status', 'in', [...q.statuses, '']);
  if (q.seriesSlug !== undefined) query = query.where('sr.slug', '=', q.seriesSlug);
  if (q.programmeKind !== undefined) {
    const programmeKind = q.programmeKind;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('programme_item as p')
          .select('p.id')
          .whereRef('p.id', '=', 's.programme_item_id')
          .where('p.kind', '=', programmeKind),
      ),
    );
  }
  if (q.themeSlug !== undefined) {
    const slug = q.themeSlug;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('session_theme as st')
          .innerJoin('theme as t', 't.id', 'st.theme_id')
          .select('st.theme_id')
          .whereRef('st.session_id', '=', 's.id')
          .where('t.slug', '=', slug),
      ),
    );
  }
  if (q.movementSlug !== undefined) {
    const slug = q.movementSlug;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('session_movement as sm')
          .innerJoin('movement as m', 'm.id', 'sm.movement_id')
          .select('sm.movement_id')
          .whereRef('sm.session_id', '=', 's.id')
          .where('m.slug', '=', slug),
      ),
    );
  }
  return query;
}

/**
 * One page of the public agenda in ONE query (theme and movement ids come from correlated
 * subqueries). The meeting links are read only to redact them and to set `linkOnRequest`;
 * they never leave this function.
 *
 * @example listAgenda(db, { now, direction: 'upcoming', themeSlug: 'open-deuren' }, { limit: 20 })
 */
export async function listAgenda(
  db: Executor,
  q: AgendaQuery,
  page: AgendaPage,
): Promise<AgendaEntry[]> {
  const order = q.direction === 'past' ? 'desc' : 'asc';
  const rows = await filtered(db, q)
    .selectAll('s')
    .select([
      sessionThemeIds.as('theme_ids'),
      sessionMovementIds.as('movement_ids'),
      'sr.slug as series_slug',
      'sr.title as series_title',
      'sr.meeting_link as series_link',
    ])
    .orderBy('s.starts_at', order)
    .orderBy('s.id', order)
    .limit(page.limit)
    .offset(page.offset ?? 0)
    .execute();
  return rows.map((row) => ({
    ...toPublicSession(sessionFromRow(row), { seriesLink: row.series_link }),
    seriesSlug: row.series_slug,
    seriesTitle: row.series_title,
  }));
}

/** Counts stop here: a pager needs "many more", not the exact size of a huge agenda. */
export const AGENDA_COUNT_LIMIT = 1000;

/**
 * How many sessions match the agenda query (for paging), counted up to
 * {@link AGENDA_COUNT_LIMIT}: the count then costs the same at any size of the agenda.
 */
export async function countAgenda(db: Executor, q: AgendaQuery): Promise<number> {
  const row = await db
    .selectFrom(filtered(db, q).select('s.id').limit(AGENDA_COUNT_LIMIT).as('matching'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

/** The published report about a session, as a session page links to it. */
export type SessionReportLink = { readonly slug: string; readonly title: string };

/**
 * The first published report about a session (by publication), or undefined: only slug and
 * title, so a session page can link to it without loading the report.
 *
 * @example await findPublishedReportOfSession(db, session.id) // { slug: 'korte-jamsessies-…', title: '…' }
 */
export async function findPublishedReportOfSession(
  db: Executor,
  sessionId: string,
): Promise<SessionReportLink | undefined> {
  return db
    .selectFrom('report')
    .select(['slug', 'title'])
    .where('session_id', '=', sessionId)
    .where('status', '=', 'published')
    .orderBy('published_at')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
}
