import { sql, type Kysely } from 'kysely';

// Frozen in time: this file never imports app or domain code, and never changes once shipped.

const now = sql`now()`;

/**
 * The participant's own place (issue #14): one-time links that prove an e-mail address (only
 * the SHA-256 of the token kept, single use), page sessions of their own kind (not coordinator
 * sessions), dilemmas held unconfirmed until their address is proven, and how a consent was
 * given.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('participant_token')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('purpose', 'text', (c) =>
      c.notNull().check(sql`purpose in ('sign_in', 'confirm_dilemma')`),
    )
    .addColumn('email', 'text', (c) => c.notNull().check(sql`email = lower(email)`))
    .addColumn('subject_id', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('participant_token_expires_idx')
    .on('participant_token')
    .column('expires_at')
    .execute();
  await db.schema
    .createIndex('participant_token_email_idx')
    .on('participant_token')
    .column('email')
    .execute();

  await db.schema
    .createTable('participant_session')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('email', 'text', (c) => c.notNull().check(sql`email = lower(email)`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('participant_session_email_idx')
    .on('participant_session')
    .column('email')
    .execute();

  await db.schema
    .alterTable('dilemma')
    .addColumn('unconfirmed_email', 'text', (c) =>
      c.check(sql`unconfirmed_email = lower(unconfirmed_email)`),
    )
    .addColumn('requested_consent', 'text', (c) =>
      c.check(sql`requested_consent in ('private', 'shareable_anonymised', 'quotable')`),
    )
    .execute();
  await db.schema
    .createIndex('dilemma_unconfirmed_idx')
    .on('dilemma')
    .columns(['unconfirmed_email', 'submitted_at'])
    .where(sql.ref('unconfirmed_email'), 'is not', null)
    .execute();

  await db.schema
    .alterTable('consent')
    .addColumn('method', 'text', (c) => c.check(sql`method in ('confirmed_email', 'coordinator')`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('consent').dropColumn('method').execute();
  await db.schema.dropIndex('dilemma_unconfirmed_idx').execute();
  await db.schema
    .alterTable('dilemma')
    .dropColumn('requested_consent')
    .dropColumn('unconfirmed_email')
    .execute();
  await db.schema.dropTable('participant_session').execute();
  await db.schema.dropTable('participant_token').execute();
}
