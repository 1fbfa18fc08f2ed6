import { sql, type Kysely } from 'kysely';

// Frozen copy of the domain's MAX_SESSION_MINUTES (a day) at the time of this migration: the
// agenda query starts its index scan at `now - 1 day`, which is only right if no session is
// longer. The API refuses longer sessions with a Dutch message before they reach this check.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table session add constraint session_length_check
    check (ends_at > starts_at and ends_at - starts_at <= interval '24 hours')`.execute(db);
  await sql`alter table programme_item add constraint programme_item_length_check
    check (ends_at > starts_at and ends_at - starts_at <= interval '24 hours')`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table programme_item drop constraint programme_item_length_check`.execute(db);
  await sql`alter table session drop constraint session_length_check`.execute(db);
}
