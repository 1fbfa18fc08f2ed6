import { randomUUID } from 'node:crypto';
import { buildDemoData, insertSeries, insertSession, type Executor } from '@jamsessie/db';
import {
  planSeries,
  sessionFromPlannedDate,
  sessionSlug,
  toLocalParts,
  type Series,
} from '@jamsessie/domain';
import { sql } from 'kysely';

function yearsLater(date: string, years: number): string {
  const [year, rest] = [Number(date.slice(0, 4)), date.slice(4)];
  return `${year + years}${rest === '-02-29' ? '-02-28' : rest}`;
}

/**
 * Adds a monthly series that runs ten years from `now` (second Wednesday, 15:00) with its
 * 120 planned sessions, through the repositories, so `/agenda.ics` carries ten years of
 * sessions. Returns how many sessions were written.
 *
 * @example await addTenYearSeries(db, new Date()) // 120
 */
export async function addTenYearSeries(db: Executor, now: Date): Promise<number> {
  const demo = buildDemoData(now);
  const template = demo.series[0];
  if (!template) throw new Error('the demo data has no series');
  const firstDate = toLocalParts(now.toISOString()).date;
  const series: Series = {
    ...template,
    id: randomUUID(),
    slug: 'jamsessies-tien-jaar',
    title: 'Jamsessies tien jaar vooruit',
    recurrence: { ...template.recurrence, weekday: 3, nth: 2, startTime: '15:00' },
    exceptions: [],
    firstDate,
    lastDate: yearsLater(firstDate, 10),
  };
  const planned = planSeries(series, { from: firstDate, to: series.lastDate! }, demo.themes);
  await insertOrThrow(insertSeries(db, series));
  for (const date of planned) {
    const session = sessionFromPlannedDate(series, date, {
      id: randomUUID(),
      movementIds: [],
      slug: sessionSlug('Tien jaar', date.startsAt),
    });
    await insertOrThrow(insertSession(db, session));
  }
  return planned.length;
}

async function insertOrThrow(
  write: Promise<{ ok: true } | { ok: false; error: { code: string } }>,
) {
  const result = await write;
  if (!result.ok) throw new Error(`bench data: ${result.error.code}`);
}

/** A copy's id: stable per (original id, copy number), so children can find their parent. */
const copyId = (column: string) => sql.raw(`md5(${column}::text || ':' || g)::uuid`);
/** A copy's slug: the original's, shortened to stay valid, with the copy number. */
const copySlug = (column: string) => sql.raw(`rtrim(left(${column}, 70), '-') || '-x' || g`);

/**
 * Multiplies the demo data by `factor` in bulk (one INSERT … SELECT per table): copies of the
 * organisations, series (with theme rotation), sessions (shifted by up to four weeks, with
 * themes and movements) and reports (with themes and keywords). Run once, on freshly seeded
 * demo data; analyses the tables afterwards, as autovacuum would. Returns the session count.
 *
 * @example await growDemoData(db, 100) // about 100 times the demo's sessions
 */
export async function growDemoData(db: Executor, factor: number): Promise<number> {
  const copies = factor - 1;
  if (copies > 0) {
    const g = sql`cross join generate_series(1, ${sql.lit(copies)}) g`;
    const shift = sql.raw(`make_interval(days => g % 28)`);
    await sql`insert into organisation (id, slug, name, kind, website, city)
      select ${copyId('o.id')}, ${copySlug('o.slug')}, o.name || ' ' || g, o.kind, o.website, o.city
      from organisation o ${g}`.execute(db);
    await sql`insert into series (id, slug, title, description, action_team_id, recurrence,
        exceptions, meeting_link, eligibility, documents, first_date, last_date)
      select ${copyId('s.id')}, ${copySlug('s.slug')}, s.title || ' ' || g, s.description,
        s.action_team_id, s.recurrence, s.exceptions, s.meeting_link, s.eligibility, s.documents,
        s.first_date, s.last_date
      from series s ${g}`.execute(db);
    await sql`insert into series_theme_rotation (series_id, position, theme_id)
      select ${copyId('r.series_id')}, r.position, r.theme_id from series_theme_rotation r ${g}`.execute(
      db,
    );
    await sql`insert into session (id, slug, kind, series_id, programme_item_id, title,
        description, starts_at, ends_at, online, location, status, cancellation_reason,
        meeting_link, sequence)
      select ${copyId('s.id')}, ${copySlug('s.slug')}, s.kind,
        case when s.series_id is null then null else ${copyId('s.series_id')} end, null,
        s.title, s.description, s.starts_at + ${shift}, s.ends_at + ${shift}, s.online,
        s.location, s.status, s.cancellation_reason, s.meeting_link, s.sequence
      from session s ${g}`.execute(db);
    await sql`insert into session_theme (session_id, theme_id, position)
      select ${copyId('t.session_id')}, t.theme_id, t.position from session_theme t ${g}`.execute(
      db,
    );
    await sql`insert into session_movement (session_id, movement_id)
      select ${copyId('m.session_id')}, m.movement_id from session_movement m ${g}`.execute(db);
    await sql`insert into report (id, session_id, slug, title, intro, sections, tips,
        attachments, status, published_at)
      select ${copyId('r.id')}, ${copyId('r.session_id')}, ${copySlug('r.slug')},
        r.title || ' ' || g, r.intro, r.sections, r.tips, r.attachments, r.status,
        r.published_at + make_interval(days => g)
      from report r ${g}`.execute(db);
    await sql`insert into report_theme (report_id, theme_id)
      select ${copyId('t.report_id')}, t.theme_id from report_theme t ${g}`.execute(db);
    await sql`insert into report_keyword (report_id, keyword_id)
      select ${copyId('k.report_id')}, k.keyword_id from report_keyword k ${g}`.execute(db);
  }
  await sql`analyze`.execute(db);
  const { n } = await db
    .selectFrom('session')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}
