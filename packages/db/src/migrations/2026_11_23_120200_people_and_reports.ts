import { sql, type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely } from 'kysely';

// Frozen in time: this file never imports app or domain code, and never changes once shipped.

const uuidPk = (c: ColumnDefinitionBuilder) => c.primaryKey().defaultTo(sql`gen_random_uuid()`);
const oneOf = (column: string, values: readonly string[]) =>
  sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
const SLUG = sql`slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80`;
const CONSENT_LEVELS = ['private', 'shareable_anonymised', 'quotable'];

function editable<T extends string, C extends string>(t: CreateTableBuilder<T, C>) {
  return t
    .addColumn('version', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(1)
        .check(sql`version >= 1`),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`));
}

/** People and consent history, attendance, dilemmas, protocol runs, reports with search. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await editable(
    db.schema
      .createTable('person')
      .addColumn('id', 'uuid', uuidPk)
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('email', 'text', (c) => c.unique().check(sql`email = lower(email)`))
      .addColumn('organisation_id', 'uuid', (c) =>
        c.references('organisation.id').onDelete('set null'),
      )
      .addColumn('is_loc_member', 'boolean', (c) => c.notNull().defaultTo(false)),
  ).execute();

  await db.schema
    .createTable('consent')
    .addColumn('id', 'uuid', uuidPk)
    .addColumn('person_id', 'uuid', (c) => c.notNull().references('person.id').onDelete('cascade'))
    .addColumn('subject', 'text', (c) =>
      c.notNull().check(oneOf('subject', ['dilemma', 'reaction', 'quote', 'contact_sharing'])),
    )
    .addColumn('subject_id', 'uuid')
    .addColumn('level', 'text', (c) => c.check(oneOf('level', CONSENT_LEVELS)))
    .addColumn('granted', 'boolean')
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    // No foreign key: ON DELETE SET NULL would be an UPDATE, which the history refuses.
    .addColumn('recorded_by', 'uuid')
    .addCheckConstraint('consent_has_answer', sql`level is not null or granted is not null`)
    .execute();
  await db.schema
    .createIndex('consent_person_subject_idx')
    .on('consent')
    .columns(['person_id', 'subject', 'at'])
    .execute();
  // History is kept: a change of mind is a new record, never an edit of an old one.
  await sql`create function consent_refuse_update() returns trigger language plpgsql as $$
    begin raise exception 'consent records are append-only'; end $$`.execute(db);
  await sql`create trigger consent_append_only before update on consent
    for each row execute function consent_refuse_update()`.execute(db);

  await db.schema
    .createTable('attendance')
    .addColumn('session_id', 'uuid', (c) =>
      c.notNull().references('session.id').onDelete('cascade'),
    )
    .addColumn('person_id', 'uuid', (c) => c.notNull().references('person.id').onDelete('cascade'))
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('attendance_pkey', ['session_id', 'person_id'])
    .execute();
  await db.schema
    .createIndex('attendance_person_idx')
    .on('attendance')
    .column('person_id')
    .execute();

  await editable(
    db.schema
      .createTable('dilemma')
      .addColumn('id', 'uuid', uuidPk)
      .addColumn('session_id', 'uuid', (c) =>
        c.notNull().references('session.id').onDelete('cascade'),
      )
      .addColumn('owner_id', 'uuid', (c) => c.references('person.id').onDelete('set null'))
      .addColumn('owner_name', 'text')
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('follow_up_questions', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
      .addColumn('status', 'text', (c) =>
        c
          .notNull()
          .defaultTo('inventoried')
          .check(oneOf('status', ['inventoried', 'chosen', 'discussed', 'parked'])),
      )
      .addColumn('consent', 'text', (c) =>
        c.notNull().defaultTo('private').check(oneOf('consent', CONSENT_LEVELS)),
      )
      .addColumn('position', 'integer')
      .addColumn('submitted_at', 'timestamptz', (c) => c.notNull()),
  ).execute();
  await db.schema
    .createIndex('dilemma_session_idx')
    .on('dilemma')
    .columns(['session_id', 'position'])
    .execute();

  await editable(
    db.schema
      .createTable('protocol_run')
      .addColumn('id', 'uuid', uuidPk)
      .addColumn('session_id', 'uuid', (c) =>
        c.notNull().unique().references('session.id').onDelete('cascade'),
      )
      .addColumn('state', 'jsonb', (c) => c.notNull()),
  ).execute();

  // A projection of the notes inside `protocol_run.state`, kept in step on every save, so
  // reports and exports can read notes without parsing run states.
  await db.schema
    .createTable('protocol_note')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('run_id', 'uuid', (c) =>
      c.notNull().references('protocol_run.id').onDelete('cascade'),
    )
    .addColumn('dilemma_id', 'uuid', (c) =>
      c.notNull().references('dilemma.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull().check(sql`position >= 0`))
    .addColumn('step', 'integer', (c) => c.notNull().check(sql`step between 1 and 3`))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(oneOf('kind', ['tip', 'idea', 'association', 'question', 'takeaway'])),
    )
    .addColumn('text', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('protocol_note_run_idx')
    .on('protocol_note')
    .columns(['run_id', 'position'])
    .execute();

  await editable(
    db.schema
      .createTable('report')
      .addColumn('id', 'uuid', uuidPk)
      .addColumn('session_id', 'uuid', (c) => c.notNull().references('session.id'))
      .addColumn('slug', 'text', (c) => c.notNull().unique().check(SLUG))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('intro', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('sections', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
      .addColumn('tips', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
      .addColumn('attachments', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
      .addColumn('status', 'text', (c) =>
        c
          .notNull()
          .defaultTo('draft')
          .check(oneOf('status', ['draft', 'published'])),
      )
      .addColumn('published_at', 'timestamptz')
      // Dutch stemming ('deuren' finds 'deur'). Only the editor's own words are indexed: quotes
      // and dilemma texts depend on consent, so they never feed search (nor its snippets).
      .addColumn('search', sql`tsvector`, (c) =>
        c
          .notNull()
          .generatedAlwaysAs(
            sql`setweight(to_tsvector('dutch', title), 'A')
              || setweight(to_tsvector('dutch', intro), 'B')
              || setweight(jsonb_to_tsvector('dutch', jsonb_path_query_array(sections, '$[*].heading'), '["string"]'), 'B')
              || setweight(jsonb_to_tsvector('dutch', jsonb_path_query_array(sections, '$[*].summary')
                   || jsonb_path_query_array(sections, '$[*].tips')
                   || jsonb_path_query_array(sections, '$[*].takeAways')
                   || tips, '["string"]'), 'C')`,
          )
          .stored(),
      )
      .addCheckConstraint('report_published_at', sql`status = 'draft' or published_at is not null`),
  ).execute();
  await db.schema
    .createIndex('report_search_idx')
    .on('report')
    .using('gin')
    .column('search')
    .execute();
  await db.schema
    .createIndex('report_status_published_idx')
    .on('report')
    .columns(['status', 'published_at'])
    .execute();
  await db.schema.createIndex('report_session_idx').on('report').column('session_id').execute();

  await db.schema
    .createTable('report_theme')
    .addColumn('report_id', 'uuid', (c) => c.notNull().references('report.id').onDelete('cascade'))
    .addColumn('theme_id', 'uuid', (c) => c.notNull().references('theme.id'))
    .addPrimaryKeyConstraint('report_theme_pkey', ['report_id', 'theme_id'])
    .execute();
  await db.schema
    .createIndex('report_theme_theme_idx')
    .on('report_theme')
    .columns(['theme_id', 'report_id'])
    .execute();

  await db.schema
    .createTable('report_keyword')
    .addColumn('report_id', 'uuid', (c) => c.notNull().references('report.id').onDelete('cascade'))
    .addColumn('keyword_id', 'uuid', (c) => c.notNull().references('keyword.id'))
    .addPrimaryKeyConstraint('report_keyword_pkey', ['report_id', 'keyword_id'])
    .execute();
  await db.schema
    .createIndex('report_keyword_keyword_idx')
    .on('report_keyword')
    .columns(['keyword_id', 'report_id'])
    .execute();

  await db.schema
    .createTable('reaction')
    .addColumn('id', 'uuid', uuidPk)
    .addColumn('report_id', 'uuid', (c) => c.notNull().references('report.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull().check(sql`position >= 0`))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('author_id', 'uuid', (c) => c.references('person.id').onDelete('set null'))
    .addColumn('consent', 'text', (c) =>
      c.notNull().defaultTo('private').check(oneOf('consent', CONSENT_LEVELS)),
    )
    .execute();
  await db.schema
    .createIndex('reaction_report_idx')
    .on('reaction')
    .columns(['report_id', 'position'])
    .execute();
}

/** Drops the tables (and the consent trigger function) of `up`, dependants first. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'reaction',
    'report_keyword',
    'report_theme',
    'report',
    'protocol_note',
    'protocol_run',
    'dilemma',
    'attendance',
    'consent',
    'person',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await sql`drop function consent_refuse_update()`.execute(db);
}
