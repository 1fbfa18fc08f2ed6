import { sql, type Kysely } from 'kysely';

// The one-click List-Unsubscribe header was read back from the message text, where a
// session description could plant a line that looks like the footer. The link is now stored
// with the row by the code that builds it; null for mail that is not about a subscription.
// Rows queued before this migration keep null, so they go out without the header.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table email_outbox add column unsubscribe_url text`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table email_outbox drop column unsubscribe_url`.execute(db);
}
