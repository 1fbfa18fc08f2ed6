import type { Session, SessionKind, SessionStatus } from '@jamsessie/domain';
import { sql } from 'kysely';
import type { Executor } from './repository.helpers.js';
import { sessionFromRow, sessionMovementIds, sessionThemeIds } from './session.repository.js';

/** Filters of the coordinators' session list (cancelled and held sessions included). */
export type AdminSessionFilter = {
  seriesId?: string | undefined;
  statuses?: readonly SessionStatus[] | undefined;
  kind?: SessionKind | undefined;
  /** Start instant, inclusive. */
  from?: string | undefined;
  /** Start instant, exclusive. */
  to?: string | undefined;
  /** Words in the title (case-insensitive). */
  q?: string | undefined;
};

/** A session in the coordinators' list, with what the list shows beside it. */
export type AdminSessionRow = Session & {
  seriesTitle: string | null;
  dilemmaCount: number;
  hasRun: boolean;
  reportId: string | null;
};

function filtered(db: Executor, f: AdminSessionFilter) {
  let query = db.selectFrom('session as s').leftJoin('series as sr', 'sr.id', 's.series_id');
  if (f.seriesId !== undefined) query = query.where('s.series_id', '=', f.seriesId);
  if (f.statuses !== undefined) query = query.where('s.status', 'in', [...f.statuses, '']);
  if (f.kind !== undefined) query = query.where('s.kind', '=', f.kind);
  if (f.from !== undefined) query = query.where('s.starts_at', '>=', f.from);
  if (f.to !== undefined) query = query.where('s.starts_at', '<', f.to);
  if (f.q !== undefined && f.q.trim() !== '') {
    const pattern = `%${f.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where('s.title', 'ilike', pattern);
  }
  return query;
}

/**
 * One page of sessions for coordinators, in start order, with the series title, the number of
 * dilemmas, whether a protocol run exists and the report (if any). Includes the PRIVATE link
 * override: coordinators only.
 *
 * @example await listAdminSessions(db, { seriesId, statuses: ['planned'] }, { limit: 20, offset: 0, order: 'asc' })
 */
export async function listAdminSessions(
  db: Executor,
  f: AdminSessionFilter,
  page: { limit: number; offset: number; order: 'asc' | 'desc' },
): Promise<AdminSessionRow[]> {
  const rows = await filtered(db, f)
    .selectAll('s')
    .select([
      sessionThemeIds.as('theme_ids'),
      sessionMovementIds.as('movement_ids'),
      'sr.title as series_title',
      sql<number>`(select count(*)::int from dilemma d where d.session_id = s.id)`.as(
        'dilemma_count',
      ),
      sql<boolean>`exists (select 1 from protocol_run pr where pr.session_id = s.id)`.as('has_run'),
      sql<
        string | null
      >`(select r.id from report r where r.session_id = s.id order by r.created_at limit 1)`.as(
        'report_id',
      ),
    ])
    .orderBy('s.starts_at', page.order)
    .orderBy('s.id', page.order)
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map((row) => ({
    ...sessionFromRow(row),
    seriesTitle: row.series_title,
    dilemmaCount: row.dilemma_count,
    hasRun: row.has_run,
    reportId: row.report_id,
  }));
}

/** How many sessions match the filter (for paging). */
export async function countAdminSessions(db: Executor, f: AdminSessionFilter): Promise<number> {
  const row = await filtered(db, f)
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}
