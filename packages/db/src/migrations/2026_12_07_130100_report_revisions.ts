import { sql, type Kysely } from 'kysely';

/**
 * A published report gets a working copy: a coordinator's edits are saved in
 * `report_revision` (the whole report as jsonb) while the public keeps reading `report`, until
 * the changes are published. `report_client_clearance` records the passages a coordinator
 * marked "geen cliëntgegeven" (who and when; the audit log keeps the history).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table report_revision (
    report_id uuid primary key references report(id) on delete cascade,
    content jsonb not null,
    version integer not null check (version >= 1),
    saved_at timestamptz not null,
    saved_by uuid
  )`.execute(db);
  await sql`create table report_client_clearance (
    report_id uuid not null references report(id) on delete cascade,
    key text not null check (char_length(key) between 1 and 400),
    cleared_at timestamptz not null,
    cleared_by uuid,
    primary key (report_id, key)
  )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table report_client_clearance`.execute(db);
  await sql`drop table report_revision`.execute(db);
}
