import { sql, type Kysely } from 'kysely';

/**
 * The addresses a session had before it moved: `/agenda/jamsessie-15-februari-2027` must keep
 * working after the session moves to 16 February and takes the slug of its new date. A slug
 * is the former slug of at most one session; the session's own slug wins over any former one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table session_former_slug (
    slug text primary key,
    session_id uuid not null references session (id) on delete cascade,
    recorded_at timestamptz not null default now()
  )`.execute(db);
  await sql`create index session_former_slug_session on session_former_slug (session_id)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table session_former_slug`.execute(db);
}
