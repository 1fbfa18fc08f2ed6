import { sql, type Kysely } from 'kysely';

// Frozen in time: this file never imports app or domain code, and never changes once shipped.

const now = sql`now()`;

/**
 * Account security (issue #16): failed sign-ins per address and client (a growing delay
 * instead of a hard lock), a temporary password that must be changed, one-time reset tokens.
 * Sessions of accounts that are disabled today are ended, so re-enabling them later cannot
 * bring an old cookie back to life.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('login_failure')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('address_key', 'text', (c) => c.notNull())
    .addColumn('client_key', 'text', (c) => c.notNull())
    .addColumn('failed_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('login_failure_address_idx')
    .on('login_failure')
    .columns(['address_key', 'failed_at'])
    .execute();
  await db.schema
    .createIndex('login_failure_client_idx')
    .on('login_failure')
    .columns(['client_key', 'failed_at'])
    .execute();

  await db.schema
    .alterTable('coordinator_account')
    .addColumn('must_change_password', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();

  await db.schema
    .createTable('password_reset_token')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'uuid', (c) =>
      c.notNull().references('coordinator_account.id').onDelete('cascade'),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('password_reset_token_account_idx')
    .on('password_reset_token')
    .column('account_id')
    .execute();

  await sql`delete from auth_session where account_id in
    (select id from coordinator_account where disabled)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('password_reset_token').execute();
  await db.schema.alterTable('coordinator_account').dropColumn('must_change_password').execute();
  await db.schema.dropTable('login_failure').execute();
}
