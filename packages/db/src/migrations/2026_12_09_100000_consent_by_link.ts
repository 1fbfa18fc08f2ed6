import { sql, type Kysely } from 'kysely';

// Frozen in time: this file never imports app or domain code, and never changes once shipped.

/**
 * Consent by link for quotes (issue #14): a consent may name the exact text it was given for
 * (`consent.text`; a changed text needs a new one); a coordinator's request that the author
 * approve one text of a report is kept (`consent_request`) until answered; and the one-time
 * link mechanism gains the purpose `consent`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('consent').addColumn('text', 'text').execute();

  await db.schema
    .createTable('consent_request')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('person_id', 'uuid', (c) => c.notNull().references('person.id').onDelete('cascade'))
    .addColumn('report_id', 'uuid', (c) => c.notNull().references('report.id').onDelete('cascade'))
    .addColumn('subject', 'text', (c) =>
      c.notNull().check(sql`subject in ('dilemma', 'reaction', 'quote')`),
    )
    .addColumn('subject_id', 'uuid', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('requested_at', 'timestamptz', (c) => c.notNull())
    .addColumn('requested_by', 'uuid')
    .addColumn('decided_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('consent_request_person_idx')
    .on('consent_request')
    .columns(['person_id', 'requested_at'])
    .execute();
  await db.schema
    .createIndex('consent_request_report_idx')
    .on('consent_request')
    .column('report_id')
    .execute();

  await sql`alter table participant_token drop constraint participant_token_purpose_check`.execute(
    db,
  );
  await sql`alter table participant_token add constraint participant_token_purpose_check
    check (purpose in ('sign_in', 'confirm_dilemma', 'consent'))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`delete from participant_token where purpose = 'consent'`.execute(db);
  await sql`alter table participant_token drop constraint participant_token_purpose_check`.execute(
    db,
  );
  await sql`alter table participant_token add constraint participant_token_purpose_check
    check (purpose in ('sign_in', 'confirm_dilemma'))`.execute(db);
  await db.schema.dropTable('consent_request').execute();
  await db.schema.alterTable('consent').dropColumn('text').execute();
}
