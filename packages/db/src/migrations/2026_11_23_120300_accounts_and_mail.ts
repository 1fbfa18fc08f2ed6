import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

// Frozen in time: this file never imports app or domain code, and never changes once shipped.

const uuidPk = (c: ColumnDefinitionBuilder) => c.primaryKey().defaultTo(sql`gen_random_uuid()`);
const oneOf = (column: string, values: readonly string[]) =>
  sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
const now = sql`now()`;

/** Coordinator accounts and sign-in sessions, rate limits, audit log, mail outbox, subscriptions. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('coordinator_account')
    .addColumn('id', 'uuid', uuidPk)
    .addColumn('email', 'text', (c) =>
      c
        .notNull()
        .unique()
        .check(sql`email = lower(email)`),
    )
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) =>
      c
        .notNull()
        .defaultTo('coordinator')
        .check(oneOf('role', ['coordinator', 'admin'])),
    )
    .addColumn('disabled', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('last_login_at', 'timestamptz')
    .addColumn('version', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(1)
        .check(sql`version >= 1`),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable('auth_session')
    .addColumn('id', 'uuid', uuidPk)
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('account_id', 'uuid', (c) =>
      c.notNull().references('coordinator_account.id').onDelete('cascade'),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('auth_session_account_idx')
    .on('auth_session')
    .column('account_id')
    .execute();
  await db.schema
    .createIndex('auth_session_expires_idx')
    .on('auth_session')
    .column('expires_at')
    .execute();

  await db.schema
    .createTable('rate_limit')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('window_start', 'timestamptz', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull().check(sql`count >= 0`))
    .addPrimaryKeyConstraint('rate_limit_pkey', ['key', 'window_start'])
    .execute();
  await db.schema
    .createIndex('rate_limit_window_idx')
    .on('rate_limit')
    .column('window_start')
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('actor_id', 'uuid')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('details', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute();
  await db.schema
    .createIndex('audit_log_entity_idx')
    .on('audit_log')
    .columns(['entity', 'entity_id', 'at'])
    .execute();
  await db.schema.createIndex('audit_log_at_idx').on('audit_log').column('at').execute();

  await db.schema
    .createTable('email_outbox')
    .addColumn('id', 'uuid', uuidPk)
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('text_body', 'text', (c) => c.notNull())
    .addColumn('html_body', 'text')
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('queued')
        .check(oneOf('status', ['queued', 'sending', 'sent', 'failed'])),
    )
    .addColumn('attempts', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`attempts >= 0`),
    )
    .addColumn('next_attempt_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('claimed_at', 'timestamptz')
    .addColumn('last_error', 'text')
    .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('sent_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('email_outbox_due_idx')
    .on('email_outbox')
    .columns(['status', 'next_attempt_at'])
    .execute();

  await db.schema
    .createTable('subscription')
    .addColumn('id', 'uuid', uuidPk)
    .addColumn('email', 'text', (c) => c.notNull().check(sql`email = lower(email)`))
    .addColumn('target_kind', 'text', (c) =>
      c
        .notNull()
        .check(oneOf('target_kind', ['series', 'movement', 'theme', 'week', 'newsletter'])),
    )
    .addColumn('target_id', 'uuid')
    .addColumn('confirm_token_hash', 'text', (c) => c.unique())
    .addColumn('confirmed_at', 'timestamptz')
    .addColumn('unsubscribe_token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    // One subscription per address and target, also when the target has no id (newsletter).
    .addUniqueConstraint('subscription_target_key', ['email', 'target_kind', 'target_id'], (u) =>
      u.nullsNotDistinct(),
    )
    .execute();
}

/** Drops the tables of `up`. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'subscription',
    'email_outbox',
    'audit_log',
    'rate_limit',
    'auth_session',
    'coordinator_account',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
