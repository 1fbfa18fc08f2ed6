import { sql, type Kysely } from 'kysely';

/**
 * When a coordinator ended (archived) a series: from then on it leaves the public "Reeks"
 * filter and the planning list, while its sessions and reports stay where they are.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table series add column archived_at timestamptz`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table series drop column archived_at`.execute(db);
}
