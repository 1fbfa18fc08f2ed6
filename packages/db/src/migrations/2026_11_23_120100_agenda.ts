import { sql, type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely } from 'kysely';

// Frozen in time: this file never imports app or domain code, and never changes once shipped.

const uuidPk = (c: ColumnDefinitionBuilder) => c.primaryKey().defaultTo(sql`gen_random_uuid()`);
const oneOf = (column: string, values: readonly string[]) =>
  sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
const SLUG = sql`slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80`;
const HTTPS = (column: string) =>
  sql`${sql.ref(column)} is null or ${sql.ref(column)} like 'https://%'`;

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

/** Series (with theme rotation), the inspiration week, and sessions with their join tables. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await editable(
    db.schema
      .createTable('series')
      .addColumn('id', 'uuid', uuidPk)
      .addColumn('slug', 'text', (c) => c.notNull().unique().check(SLUG))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('action_team_id', 'uuid', (c) => c.notNull().references('action_team.id'))
      .addColumn('recurrence', 'jsonb', (c) => c.notNull())
      .addColumn('exceptions', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
      .addColumn('meeting_link', 'text', (c) => c.check(HTTPS('meeting_link')))
      .addColumn('eligibility', 'jsonb', (c) => c.notNull())
      .addColumn('documents', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
      .addColumn('first_date', 'date', (c) => c.notNull())
      .addColumn('last_date', 'date')
      .addCheckConstraint('series_period', sql`last_date is null or last_date >= first_date`),
  ).execute();
  await db.schema
    .createIndex('series_action_team_idx')
    .on('series')
    .column('action_team_id')
    .execute();

  await db.schema
    .createTable('series_theme_rotation')
    .addColumn('series_id', 'uuid', (c) => c.notNull().references('series.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull().check(sql`position >= 0`))
    .addColumn('theme_id', 'uuid', (c) => c.notNull().references('theme.id'))
    .addPrimaryKeyConstraint('series_theme_rotation_pkey', ['series_id', 'position'])
    .execute();
  await db.schema
    .createIndex('series_theme_rotation_theme_idx')
    .on('series_theme_rotation')
    .column('theme_id')
    .execute();

  await editable(
    db.schema
      .createTable('week_edition')
      .addColumn('id', 'uuid', uuidPk)
      .addColumn('slug', 'text', (c) => c.notNull().unique().check(SLUG))
      .addColumn('year', 'integer', (c) => c.notNull().unique())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('motto', 'text', (c) => c.notNull())
      .addColumn('starts_on', 'date', (c) => c.notNull())
      .addColumn('ends_on', 'date', (c) => c.notNull())
      .addColumn('location', 'text', (c) => c.notNull())
      .addCheckConstraint('week_edition_period', sql`ends_on >= starts_on`),
  ).execute();

  await editable(
    db.schema
      .createTable('week_day')
      .addColumn('id', 'uuid', uuidPk)
      .addColumn('edition_id', 'uuid', (c) =>
        c.notNull().references('week_edition.id').onDelete('cascade'),
      )
      .addColumn('date', 'date', (c) => c.notNull())
      .addColumn('sector', 'text', (c) =>
        c
          .notNull()
          .check(
            oneOf('sector', [
              'zorg',
              'langdurige-ggz',
              'zorgonderwijs',
              'jeugdzorg',
              'voorbij-sectoren',
            ]),
          ),
      )
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('recording_url', 'text', (c) => c.check(HTTPS('recording_url')))
      .addColumn('report_url', 'text', (c) => c.check(HTTPS('report_url')))
      .addUniqueConstraint('week_day_edition_date_key', ['edition_id', 'date']),
  ).execute();

  await editable(
    db.schema
      .createTable('programme_item')
      .addColumn('id', 'uuid', uuidPk)
      .addColumn('day_id', 'uuid', (c) => c.notNull().references('week_day.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) =>
        c
          .notNull()
          .check(
            oneOf('kind', ['plenary', 'inspiration_session', 'late_night_show', 'local_programme']),
          ),
      )
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
      .addColumn('ends_at', 'timestamptz', (c) => c.notNull())
      .addColumn('online', 'boolean', (c) => c.notNull())
      .addColumn('location', 'text')
      .addColumn('organisation_id', 'uuid', (c) =>
        c.references('organisation.id').onDelete('set null'),
      )
      .addColumn('proposal_status', 'text', (c) =>
        c
          .notNull()
          .defaultTo('accepted')
          .check(oneOf('proposal_status', ['proposed', 'accepted', 'declined'])),
      )
      .addCheckConstraint('programme_item_period', sql`ends_at > starts_at`),
  ).execute();
  await db.schema
    .createIndex('programme_item_day_idx')
    .on('programme_item')
    .columns(['day_id', 'starts_at'])
    .execute();

  await db.schema
    .createTable('programme_role')
    .addColumn('programme_item_id', 'uuid', (c) =>
      c.notNull().references('programme_item.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull().check(sql`position >= 0`))
    .addColumn('person_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) =>
      c.notNull().check(oneOf('role', ['host', 'guest', 'speaker'])),
    )
    .addColumn('organisation_id', 'uuid', (c) =>
      c.references('organisation.id').onDelete('set null'),
    )
    .addPrimaryKeyConstraint('programme_role_pkey', ['programme_item_id', 'position'])
    .execute();

  await editable(
    db.schema
      .createTable('session')
      .addColumn('id', 'uuid', uuidPk)
      .addColumn('slug', 'text', (c) => c.notNull().unique().check(SLUG))
      .addColumn('kind', 'text', (c) =>
        c.notNull().check(oneOf('kind', ['jam_session', 'week_item'])),
      )
      .addColumn('series_id', 'uuid', (c) => c.references('series.id'))
      .addColumn('programme_item_id', 'uuid', (c) =>
        c.unique().references('programme_item.id').onDelete('set null'),
      )
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
      .addColumn('ends_at', 'timestamptz', (c) => c.notNull())
      .addColumn('online', 'boolean', (c) => c.notNull())
      .addColumn('location', 'text')
      .addColumn('status', 'text', (c) =>
        c
          .notNull()
          .defaultTo('planned')
          .check(oneOf('status', ['planned', 'cancelled', 'held'])),
      )
      .addColumn('cancellation_reason', 'text')
      .addColumn('meeting_link', 'text', (c) => c.check(HTTPS('meeting_link')))
      .addColumn('sequence', 'integer', (c) =>
        c
          .notNull()
          .defaultTo(0)
          .check(sql`sequence >= 0`),
      )
      .addCheckConstraint('session_period', sql`ends_at > starts_at`)
      .addCheckConstraint(
        'session_cancellation',
        sql`status = 'cancelled' or cancellation_reason is null`,
      ),
  ).execute();
  // The agenda lists by time, filtered by status/kind/series; join tables are indexed both ways.
  await db.schema.createIndex('session_starts_at_idx').on('session').column('starts_at').execute();
  await db.schema
    .createIndex('session_status_starts_at_idx')
    .on('session')
    .columns(['status', 'starts_at'])
    .execute();
  await db.schema
    .createIndex('session_kind_starts_at_idx')
    .on('session')
    .columns(['kind', 'starts_at'])
    .execute();
  await db.schema
    .createIndex('session_series_starts_at_idx')
    .on('session')
    .columns(['series_id', 'starts_at'])
    .execute();

  await db.schema
    .createTable('session_theme')
    .addColumn('session_id', 'uuid', (c) =>
      c.notNull().references('session.id').onDelete('cascade'),
    )
    .addColumn('theme_id', 'uuid', (c) => c.notNull().references('theme.id'))
    .addColumn('position', 'integer', (c) => c.notNull().check(sql`position >= 0`))
    .addPrimaryKeyConstraint('session_theme_pkey', ['session_id', 'theme_id'])
    .execute();
  await db.schema
    .createIndex('session_theme_theme_idx')
    .on('session_theme')
    .columns(['theme_id', 'session_id'])
    .execute();

  await db.schema
    .createTable('session_movement')
    .addColumn('session_id', 'uuid', (c) =>
      c.notNull().references('session.id').onDelete('cascade'),
    )
    .addColumn('movement_id', 'uuid', (c) => c.notNull().references('movement.id'))
    .addPrimaryKeyConstraint('session_movement_pkey', ['session_id', 'movement_id'])
    .execute();
  await db.schema
    .createIndex('session_movement_movement_idx')
    .on('session_movement')
    .columns(['movement_id', 'session_id'])
    .execute();
}

/** Drops the tables of `up`, dependants first. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'session_movement',
    'session_theme',
    'session',
    'programme_role',
    'programme_item',
    'week_day',
    'week_edition',
    'series_theme_rotation',
    'series',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
