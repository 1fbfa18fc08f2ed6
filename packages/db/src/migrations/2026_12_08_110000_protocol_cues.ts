import { sql, type Kysely } from 'kysely';

// The private cue link of a chosen dilemma's owner (person A) in one run: only the SHA-256 of
// the token is kept, so a copy of the database opens no phone screen. The row goes with the
// run and with the dilemma (A's jotted notes are theirs).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('protocol_cue')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('run_id', 'uuid', (c) =>
      c.notNull().references('protocol_run.id').onDelete('cascade'),
    )
    .addColumn('dilemma_id', 'uuid', (c) =>
      c.notNull().references('dilemma.id').onDelete('cascade'),
    )
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('notes_consent', 'text', (c) =>
      c
        .notNull()
        .defaultTo('private')
        .check(sql`notes_consent in ('private', 'quotable')`),
    )
    .addColumn('back_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('protocol_cue_run_dilemma_key', ['run_id', 'dilemma_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('protocol_cue').execute();
}
