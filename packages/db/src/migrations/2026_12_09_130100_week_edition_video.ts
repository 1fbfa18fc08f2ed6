import { sql, type Kysely } from 'kysely';

/**
 * A film about a whole edition of the Week ("De week in 9 minuten" of 2021), shown on the
 * edition's public page; null for an edition without one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table week_edition add column video_url text`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table week_edition drop column video_url`.execute(db);
}
