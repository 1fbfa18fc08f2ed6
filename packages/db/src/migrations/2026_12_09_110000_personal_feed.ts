import { sql, type Kysely } from 'kysely';

// Frozen in time: this file never imports app or domain code, and never changes once shipped.

/**
 * The participant's own calendar feed (issue #14): one secret address per e-mail address,
 * of which only the SHA-256 of the token is kept. Renewing replaces the row; revoking
 * deletes it, so an old address answers 404 at once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('personal_feed')
    .addColumn('email', 'text', (c) => c.primaryKey().check(sql`email = lower(email)`))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('personal_feed').execute();
}
