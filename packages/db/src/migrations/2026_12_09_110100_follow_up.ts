import { sql, type Kysely } from 'kysely';

// Frozen in time: this file never imports app or domain code, and never changes once shipped.

/**
 * The follow-up "Nadien" (issue #14): a dilemma's owner opts in at intake; five weeks after
 * the session in which it was discussed they get one mail (`mailed_at` set in the same
 * transaction that queues it), and their answer is kept here, with whether they consent to
 * it being added to the report.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('dilemma_follow_up')
    .addColumn('dilemma_id', 'uuid', (c) =>
      c.primaryKey().references('dilemma.id').onDelete('cascade'),
    )
    .addColumn('opted_in_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('mailed_at', 'timestamptz')
    .addColumn('answer', 'text')
    .addColumn('answered_at', 'timestamptz')
    .addColumn('in_report', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
  await db.schema
    .createIndex('dilemma_follow_up_unmailed_idx')
    .on('dilemma_follow_up')
    .column('dilemma_id')
    .where(sql.ref('mailed_at'), 'is', null)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('dilemma_follow_up').execute();
}
