import { sql, type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely } from 'kysely';

// Frozen in time: this file never imports app or domain code, and never changes once shipped.

const uuidPk = (c: ColumnDefinitionBuilder) => c.primaryKey().defaultTo(sql`gen_random_uuid()`);
const oneOf = (column: string, values: readonly string[]) =>
  sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;

/** version (optimistic concurrency) and the created/updated instants of editable tables. */
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

const SLUG = sql`slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80`;

const ORGANISATION_KINDS = [
  'care_organisation',
  'loc_member',
  'ministry',
  'financier',
  'regulator',
  'inspection',
  'professional_association',
  'foundation',
  'company',
];

/** Movements, organisations (with mail domains and participations), action teams, taxonomy. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await editable(
    db.schema
      .createTable('movement')
      .addColumn('id', 'uuid', uuidPk)
      .addColumn('slug', 'text', (c) => c.notNull().unique().check(SLUG))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('short_name', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('started_year', 'integer', (c) =>
        c.check(sql`started_year between 1900 and 2200`),
      ),
  ).execute();

  await editable(
    db.schema
      .createTable('organisation')
      .addColumn('id', 'uuid', uuidPk)
      .addColumn('slug', 'text', (c) => c.notNull().unique().check(SLUG))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull().check(oneOf('kind', ORGANISATION_KINDS)))
      .addColumn('website', 'text')
      .addColumn('city', 'text'),
  ).execute();

  await db.schema
    .createTable('organisation_email_domain')
    .addColumn('organisation_id', 'uuid', (c) =>
      c.notNull().references('organisation.id').onDelete('cascade'),
    )
    .addColumn('domain', 'text', (c) =>
      c.notNull().check(sql`domain = lower(domain) and domain <> ''`),
    )
    .addPrimaryKeyConstraint('organisation_email_domain_pkey', ['organisation_id', 'domain'])
    .execute();
  await db.schema
    .createIndex('organisation_email_domain_domain_idx')
    .on('organisation_email_domain')
    .column('domain')
    .execute();

  await db.schema
    .createTable('participation')
    .addColumn('id', 'uuid', uuidPk)
    .addColumn('organisation_id', 'uuid', (c) =>
      c.notNull().references('organisation.id').onDelete('cascade'),
    )
    .addColumn('movement_id', 'uuid', (c) => c.notNull().references('movement.id'))
    .addColumn('from_date', 'date', (c) => c.notNull())
    .addColumn('until_date', 'date')
    .addColumn('version', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(1)
        .check(sql`version >= 1`),
    )
    .addCheckConstraint('participation_period', sql`until_date is null or until_date >= from_date`)
    .execute();
  await db.schema
    .createIndex('participation_organisation_idx')
    .on('participation')
    .column('organisation_id')
    .execute();
  await db.schema
    .createIndex('participation_movement_idx')
    .on('participation')
    .column('movement_id')
    .execute();

  await editable(
    db.schema
      .createTable('action_team')
      .addColumn('id', 'uuid', uuidPk)
      .addColumn('slug', 'text', (c) => c.notNull().unique().check(SLUG))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('short_name', 'text', (c) => c.notNull())
      .addColumn('movement_id', 'uuid', (c) => c.notNull().references('movement.id')),
  ).execute();

  await editable(
    db.schema
      .createTable('theme')
      .addColumn('id', 'uuid', uuidPk)
      .addColumn('slug', 'text', (c) => c.notNull().unique().check(SLUG))
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('description', 'text'),
  ).execute();

  await editable(
    db.schema
      .createTable('keyword')
      .addColumn('id', 'uuid', uuidPk)
      .addColumn('slug', 'text', (c) => c.notNull().unique().check(SLUG))
      .addColumn('label', 'text', (c) => c.notNull()),
  ).execute();
}

/** Drops the tables of `up`, dependants first. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'keyword',
    'theme',
    'action_team',
    'participation',
    'organisation_email_domain',
    'organisation',
    'movement',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
