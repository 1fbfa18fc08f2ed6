import { sql, type Kysely } from 'kysely';

/**
 * A dilemma gets a coordinator's short title (kop, the only words of it the shared screen and a
 * draft's heading use), and its earlier wordings are kept when a coordinator edits the text.
 * Earlier wordings go with the dilemma; `replaced_by` keeps no hold on the account.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table dilemma add column kop text
    constraint dilemma_kop_length check (char_length(kop) between 1 and 80)`.execute(db);
  await sql`create table dilemma_wording (
    id uuid primary key default gen_random_uuid(),
    dilemma_id uuid not null references dilemma(id) on delete cascade,
    text text not null,
    follow_up_questions jsonb not null default '[]'::jsonb,
    replaced_at timestamptz not null,
    replaced_by uuid
  )`.execute(db);
  await sql`create index dilemma_wording_dilemma_idx
    on dilemma_wording (dilemma_id, replaced_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table dilemma_wording`.execute(db);
  await sql`alter table dilemma drop column kop`.execute(db);
}
